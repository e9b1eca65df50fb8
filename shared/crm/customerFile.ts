import type {
  Callback,
  CallNote,
  Confirmation,
  Consent,
  CreditNote,
  CrmState,
  Customer,
  Loyalty,
  QuoteStatus,
  Task,
  Ticket,
} from './crmEntities';
import { invoiceSummary } from './invoiceDetail';
import type { InvoiceSummary } from './invoiceDetail';
import { orderSummary } from './orderDetail';
import type { OrderSummary } from './orderDetail';
import { quoteStatus } from './quoteStatus';

export interface ContactHistoryEntry {
  at: string;
  kind: 'call' | 'confirmation' | 'ticket' | 'callback';
  summary: string;
  ref: string;
}

export interface CustomerFile {
  customer: Customer;
  loyalty: Loyalty;
  consents: readonly Consent[];
  contacts: Customer['contacts'];
  /** What happened with the customer, newest first: calls (notes), confirmations, tickets, callbacks. */
  contactHistory: ContactHistoryEntry[];
  openOrders: OrderSummary[];
  pastOrders: OrderSummary[];
  quotes: { number: string; date: string; validUntil: string; status: QuoteStatus; inclVatCents: number }[];
  invoices: InvoiceSummary[];
  creditNotes: CreditNote[];
  tickets: Ticket[];
  callbacks: Callback[];
  tasks: Task[];
  notes: CallNote[];
  confirmations: Confirmation[];
}

/** Everything the CRM knows of one customer, as the candidate's customer screen shows it. */
export function customerFile(state: CrmState, customerId: string): CustomerFile | undefined {
  const customer = state.customers[customerId.trim()];
  if (!customer) return undefined;
  const mine = <T extends { customerId: string | null }>(record: Readonly<Record<string, T>>): T[] =>
    Object.values(record).filter((item) => item.customerId === customer.id);
  const newestFirst = (a: string | null, b: string | null) => (b ?? '').localeCompare(a ?? '');

  const orders = mine(state.orders)
    .sort((a, b) => newestFirst(a.date, b.date) || newestFirst(a.id, b.id))
    .map(orderSummary);
  const tickets = mine(state.tickets).sort((a, b) => newestFirst(a.openedOn, b.openedOn));
  const callbacks = mine(state.callbacks).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const notes = mine(state.notes).sort((a, b) => newestFirst(a.at, b.at));
  const confirmations = mine(state.confirmations).sort((a, b) => newestFirst(a.sentAt, b.sentAt));
  const history: ContactHistoryEntry[] = [
    ...notes.map((n) => ({ at: n.at, kind: 'call' as const, summary: n.text, ref: n.id })),
    ...confirmations.map((c) => ({ at: c.sentAt, kind: 'confirmation' as const, summary: `${c.channel} → ${c.to}`, ref: c.id })),
    ...tickets.map((t) => ({ at: t.openedOn ?? '', kind: 'ticket' as const, summary: t.subject, ref: t.id })),
    ...callbacks.map((c) => ({ at: c.createdAt, kind: 'callback' as const, summary: `${c.dueAt} — ${c.about}`, ref: c.id })),
  ].sort((a, b) => newestFirst(a.at, b.at));

  return {
    customer,
    loyalty: customer.loyalty,
    consents: state.consents[customer.id] ?? [],
    contacts: customer.contacts,
    contactHistory: history,
    openOrders: orders.filter((o) => o.open),
    pastOrders: orders.filter((o) => !o.open),
    quotes: mine(state.quotes)
      .sort((a, b) => newestFirst(a.number, b.number))
      .map((q) => ({
        number: q.number,
        date: q.date,
        validUntil: q.validUntil,
        status: quoteStatus(q, state.today),
        inclVatCents: q.totals.inclVatCents,
      })),
    invoices: mine(state.invoices)
      .sort((a, b) => newestFirst(a.date, b.date) || newestFirst(a.number, b.number))
      .map((invoice) => invoiceSummary(state, invoice)),
    creditNotes: mine(state.creditNotes).sort((a, b) => newestFirst(a.number, b.number)),
    tickets,
    callbacks,
    tasks: mine(state.tasks).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
    notes,
    confirmations,
  };
}
