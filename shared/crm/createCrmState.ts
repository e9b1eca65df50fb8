import { addDays, isIsoDate } from '../law/isoDate';
import type { CrmFixtures } from '../scenario/scenarioSchema';
import type {
  Consent,
  CrmState,
  Customer,
  DocumentLine,
  Invoice,
  Order,
  Product,
  StockLevel,
  Ticket,
} from './crmEntities';
import { documentTotals } from './documentTotals';
import { recordDocumentNumber } from './documentNumber';
import { eurosToCents, percentToBasisPoints } from './eurosToCents';
import { phoneFromFixture } from './normalizePhone';

export interface CrmStateOptions {
  /** The business day the call takes place: 'YYYY-MM-DD'. */
  today: string;
}

/** A product's VAT when the fixture does not say: the standard French rate. */
export const DEFAULT_VAT_RATE_BP = 2000;

/**
 * The CRM as a scenario seeds it: euros become cents, VAT percentages basis points, phone numbers
 * E.164 with their French display. Fixtures are taken as the trainer wrote them, mistakes
 * included (a wrong SIRET, an unparsable number can be the point of the exercise); only commands
 * are checked. Fixture invoices give only a total: their lines are those of their order when the
 * order adds up to that total, and unknown otherwise.
 */
export function createCrmState(fixtures: CrmFixtures, options: CrmStateOptions): CrmState {
  const { today } = options;
  if (!isIsoDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD: '${today}'`);
  const products = Object.fromEntries((fixtures.products ?? []).map((p) => [p.sku, productOf(p)]));
  const orders = Object.fromEntries((fixtures.orders ?? []).map((o) => [o.id, orderOf(o, products)]));
  const invoices = Object.fromEntries((fixtures.invoices ?? []).map((i) => [i.id, invoiceOf(i, orders, today)]));
  const tickets = Object.fromEntries((fixtures.tickets ?? []).map((t) => [t.id, ticketOf(t)]));
  let sequences: Readonly<Record<string, number>> = {};
  for (const order of Object.values(orders)) sequences = recordDocumentNumber(sequences, order.id, order.date);
  for (const invoice of Object.values(invoices)) sequences = recordDocumentNumber(sequences, invoice.number, invoice.date);
  for (const ticket of Object.values(tickets)) sequences = recordDocumentNumber(sequences, ticket.id, ticket.openedOn);
  return {
    today,
    customers: Object.fromEntries((fixtures.customers ?? []).map((c) => [c.id, customerOf(c)])),
    consents: consentsOf(fixtures.consents ?? []),
    products,
    stock: stockOf(fixtures.stock ?? []),
    quotes: {},
    orders,
    invoices,
    creditNotes: {},
    tickets,
    callbacks: {},
    tasks: {},
    notes: {},
    confirmations: {},
    sequences,
  };
}

type Fixture<K extends keyof CrmFixtures> = NonNullable<CrmFixtures[K]>[number];

function customerOf(c: Fixture<'customers'>): Customer {
  return {
    id: c.id,
    kind: c.kind ?? (c.company || c.siret ? 'business' : 'consumer'),
    name: c.name,
    company: c.company ?? null,
    siret: c.siret?.replace(/\s+/g, '') ?? null,
    phone: c.phone ? phoneFromFixture(c.phone) : null,
    email: c.email?.trim() ?? null,
    address: c.address ?? null,
    since: c.since ?? null,
    loyalty: { tier: c.tier ?? null, contractEnd: c.contract_end ?? null, churnRisk: c.churn_risk ?? null },
    remarks: c.notes ?? null,
    contacts: [],
  };
}

function consentsOf(fixtures: readonly Fixture<'consents'>[]): Record<string, Consent[]> {
  const consents: Record<string, Consent[]> = {};
  for (const c of fixtures) {
    (consents[c.customer] ??= []).push({
      channel: c.channel,
      purpose: c.purpose ?? 'canvassing',
      given: c.given,
      date: c.date ?? null,
      source: c.source ?? null,
    });
  }
  return consents;
}

function productOf(p: Fixture<'products'>): Product {
  return {
    sku: p.sku,
    name: p.name,
    unitPriceExclVatCents: eurosToCents(p.price),
    vatRateBp: p.vat === undefined ? DEFAULT_VAT_RATE_BP : percentToBasisPoints(p.vat),
    unit: p.unit ?? null,
    substitutes: p.substitutes ?? [],
  };
}

function stockOf(fixtures: readonly Fixture<'stock'>[]): Record<string, Record<string, StockLevel>> {
  const stock: Record<string, Record<string, StockLevel>> = {};
  for (const s of fixtures) {
    const bySku = (stock[s.sku] ??= {});
    const before = bySku[s.warehouse];
    // The same SKU and warehouse twice in a fixture: the quantities add up.
    bySku[s.warehouse] = {
      sku: s.sku,
      warehouse: s.warehouse,
      onHand: (before?.onHand ?? 0) + s.on_hand,
      reserved: (before?.reserved ?? 0) + (s.reserved ?? 0),
      backordered: 0,
      incoming: [...(before?.incoming ?? []), ...(s.incoming ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    };
  }
  return stock;
}

function orderOf(o: Fixture<'orders'>, products: Record<string, Product>): Order {
  return {
    id: o.id,
    customerId: o.customer,
    date: o.date ?? null,
    status: o.status,
    lines: (o.lines ?? []).map((line) => ({ ...lineOf(line, products), allocations: [] })),
    quoteNumber: null,
    warehouse: null,
    backorderDate: null,
    delivery: { carrier: o.carrier ?? null, trackingNumber: o.tracking ?? null, promised: o.promised ?? null, events: [] },
    cancelReason: null,
  };
}

function lineOf(
  line: { sku: string; quantity: number; price?: number | undefined },
  products: Record<string, Product>,
): DocumentLine {
  const product = products[line.sku];
  return {
    sku: line.sku,
    description: product?.name ?? line.sku,
    quantity: line.quantity,
    unitPriceExclVatCents: line.price === undefined ? (product?.unitPriceExclVatCents ?? 0) : eurosToCents(line.price),
    vatRateBp: product?.vatRateBp ?? DEFAULT_VAT_RATE_BP,
  };
}

function invoiceOf(i: Fixture<'invoices'>, orders: Record<string, Order>, today: string): Invoice {
  const inclVatCents = eurosToCents(i.total);
  const orderLines = i.order ? (orders[i.order]?.lines ?? []) : [];
  const fromOrder = orderLines.length > 0 ? documentTotals(orderLines) : null;
  const lines: DocumentLine[] =
    fromOrder?.inclVatCents === inclVatCents ? orderLines.map(({ allocations: _allocations, ...line }) => line) : [];
  let dueDate = i.due ?? i.date ?? null;
  // An unpaid invoice the fixture calls overdue without any date: overdue since yesterday.
  if (dueDate === null && i.status === 'overdue') dueDate = addDays(today, -1);
  return {
    number: i.id,
    customerId: i.customer,
    orderId: i.order ?? null,
    date: i.date ?? null,
    dueDate,
    lines,
    totals: lines.length > 0 && fromOrder ? fromOrder : { exclVatCents: null, vatCents: null, inclVatCents, vatByRate: [] },
    payments:
      i.status === 'paid'
        ? [{ id: `${i.id}-P1`, amountCents: inclVatCents, receivedOn: i.due ?? i.date ?? today, method: null, reference: null }]
        : [],
    disputed: i.status === 'disputed',
  };
}

function ticketOf(t: Fixture<'tickets'>): Ticket {
  return {
    id: t.id,
    customerId: t.customer,
    orderId: t.order ?? null,
    invoiceNumber: null,
    subject: t.subject,
    status: t.status,
    openedOn: t.opened ?? null,
    updates: [],
  };
}
