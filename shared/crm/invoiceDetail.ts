import { daysBetween } from '../law/isoDate';
import type { CreditNote, CrmState, DocumentLine, Invoice, InvoiceStatus } from './crmEntities';
import { documentTotals, lineAmounts } from './documentTotals';
import type { LineAmounts } from './documentTotals';
import { creditNotesOf, invoiceAmounts, invoiceStatus } from './invoiceStatus';
import type { InvoiceAmounts } from './invoiceStatus';

export interface InvoiceSummary {
  number: string;
  orderId: string | null;
  date: string | null;
  dueDate: string | null;
  status: InvoiceStatus;
  disputed: boolean;
  inclVatCents: number;
  balanceCents: number;
  /** Days past the due date while unpaid; 0 otherwise. */
  daysOverdue: number;
}

export interface InvoiceDetail extends InvoiceSummary {
  invoice: Invoice;
  amounts: InvoiceAmounts;
  /** False when the scenario gave only the total: the lines are not in the CRM. */
  linesKnown: boolean;
  lines: (DocumentLine & { amounts: LineAmounts })[];
  creditNotes: CreditNote[];
  /** The order the invoice is for, with its total, to compare. */
  order: { id: string; status: string; inclVatCents: number } | null;
}

export function invoiceSummary(state: CrmState, invoice: Invoice): InvoiceSummary {
  const status = invoiceStatus(state, invoice);
  return {
    number: invoice.number,
    orderId: invoice.orderId,
    date: invoice.date,
    dueDate: invoice.dueDate,
    status,
    disputed: invoice.disputed,
    inclVatCents: invoice.totals.inclVatCents,
    balanceCents: invoiceAmounts(state, invoice).balanceCents,
    daysOverdue: status === 'overdue' && invoice.dueDate ? daysBetween(invoice.dueDate, state.today) : 0,
  };
}

/** An invoice with its lines, credit notes, payments, derived status and what may still be credited. */
export function invoiceDetail(state: CrmState, invoiceNumber: string): InvoiceDetail | undefined {
  const invoice = state.invoices[invoiceNumber.trim()] ?? Object.values(state.invoices).find((i) => sameNumber(i.number, invoiceNumber));
  if (!invoice) return undefined;
  const order = invoice.orderId ? state.orders[invoice.orderId] : undefined;
  return {
    ...invoiceSummary(state, invoice),
    invoice,
    amounts: invoiceAmounts(state, invoice),
    linesKnown: invoice.lines.length > 0,
    lines: invoice.lines.map((line) => ({ ...line, amounts: lineAmounts(line) })),
    creditNotes: creditNotesOf(state, invoice.number),
    order: order ? { id: order.id, status: order.status, inclVatCents: documentTotals(order.lines).inclVatCents } : null,
  };
}

function sameNumber(a: string, b: string): boolean {
  const key = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return key(a) === key(b);
}
