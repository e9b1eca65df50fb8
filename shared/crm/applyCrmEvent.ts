import type { CrmState, Order, StockAllocation, StockLevel } from './crmEntities';
import type { CrmEvent, CrmEventOf, CrmEventType } from './crmEvents';
import { recordDocumentNumber } from './documentNumber';

/**
 * The CRM after one event: pure, and records that the event does not touch keep their identity
 * (`state.customers` stays the same object unless a customer changed), which is what lets the
 * search index be cached per `customers` record. An event naming something unknown changes
 * nothing: commands never produce one, and a replay must not throw halfway through a log.
 */
export function applyCrmEvent(state: CrmState, event: CrmEvent): CrmState {
  const apply = APPLY[event.type] as (state: CrmState, event: CrmEvent) => CrmState;
  const next = apply(state, event);
  return event.today > next.today ? { ...next, today: event.today } : next;
}

type Appliers = { [T in CrmEventType]: (state: CrmState, event: CrmEventOf<T>) => CrmState };

const APPLY: Appliers = {
  'customer.created': (s, e) => ({ ...s, customers: { ...s.customers, [e.customer.id]: e.customer } }),
  'customer.updated': (s, e) => {
    const customer = s.customers[e.customerId];
    return customer ? { ...s, customers: { ...s.customers, [customer.id]: { ...customer, ...e.changes } } } : s;
  },
  'contact.added': (s, e) => {
    const customer = s.customers[e.customerId];
    if (!customer) return s;
    return { ...s, customers: { ...s.customers, [customer.id]: { ...customer, contacts: [...customer.contacts, e.contact] } } };
  },
  'consent.updated': (s, e) => {
    const others = (s.consents[e.customerId] ?? []).filter(
      (c) => c.channel !== e.consent.channel || c.purpose !== e.consent.purpose,
    );
    return { ...s, consents: { ...s.consents, [e.customerId]: [...others, e.consent] } };
  },
  'quote.created': (s, e) => ({
    ...s,
    quotes: { ...s.quotes, [e.quote.number]: e.quote },
    sequences: recordDocumentNumber(s.sequences, e.quote.number, e.quote.date),
  }),
  'order.created': (s, e) => {
    const quote = e.order.quoteNumber ? s.quotes[e.order.quoteNumber] : undefined;
    return {
      ...s,
      orders: { ...s.orders, [e.order.id]: e.order },
      quotes: quote ? { ...s.quotes, [quote.number]: { ...quote, orderId: e.order.id } } : s.quotes,
      stock: moveStock(s.stock, e.order, +1),
      sequences: recordDocumentNumber(s.sequences, e.order.id, e.order.date),
    };
  },
  'order.cancelled': (s, e) => {
    const order = s.orders[e.orderId];
    if (!order) return s;
    return {
      ...s,
      orders: { ...s.orders, [order.id]: { ...order, status: 'cancelled', cancelReason: e.reason } },
      stock: moveStock(s.stock, order, -1),
    };
  },
  'order.tracked': (s, e) => {
    const order = s.orders[e.orderId];
    if (!order) return s;
    const status = e.event.status === 'shipped' || e.event.status === 'delivered' ? e.event.status : order.status;
    const delivery = { ...order.delivery, events: [...order.delivery.events, e.event] };
    return { ...s, orders: { ...s.orders, [order.id]: { ...order, status, delivery } } };
  },
  'invoice.issued': (s, e) => ({
    ...s,
    invoices: { ...s.invoices, [e.invoice.number]: e.invoice },
    sequences: recordDocumentNumber(s.sequences, e.invoice.number, e.invoice.date),
  }),
  'payment.recorded': (s, e) => {
    const invoice = s.invoices[e.invoiceNumber];
    if (!invoice) return s;
    return { ...s, invoices: { ...s.invoices, [invoice.number]: { ...invoice, payments: [...invoice.payments, e.payment] } } };
  },
  'creditNote.issued': (s, e) => ({
    ...s,
    creditNotes: { ...s.creditNotes, [e.creditNote.number]: e.creditNote },
    sequences: recordDocumentNumber(s.sequences, e.creditNote.number, e.creditNote.date),
  }),
  'ticket.opened': (s, e) => ({
    ...s,
    tickets: { ...s.tickets, [e.ticket.id]: e.ticket },
    sequences: recordDocumentNumber(s.sequences, e.ticket.id, e.ticket.openedOn),
  }),
  'ticket.updated': (s, e) => {
    const ticket = s.tickets[e.ticketId];
    if (!ticket) return s;
    const updates = [...ticket.updates, { at: e.at, status: e.status, comment: e.comment }];
    return { ...s, tickets: { ...s.tickets, [ticket.id]: { ...ticket, status: e.status, updates } } };
  },
  'callback.scheduled': (s, e) => ({ ...s, callbacks: { ...s.callbacks, [e.callback.id]: e.callback } }),
  'task.created': (s, e) => ({ ...s, tasks: { ...s.tasks, [e.task.id]: e.task } }),
  'note.written': (s, e) => ({ ...s, notes: { ...s.notes, [e.note.id]: e.note } }),
  'confirmation.sent': (s, e) => ({ ...s, confirmations: { ...s.confirmations, [e.confirmation.id]: e.confirmation } }),
};

/** Reserves (sign +1) or releases (sign -1) what an order's lines took from the stock. */
function moveStock(stock: CrmState['stock'], order: Order, sign: 1 | -1): CrmState['stock'] {
  const moves = order.lines.flatMap((line) =>
    line.allocations.map((allocation): [string, StockAllocation] => [line.sku ?? '', allocation]),
  );
  if (moves.length === 0) return stock;
  const next: Record<string, Record<string, StockLevel>> = { ...stock };
  for (const [sku, { warehouse, reserved, backordered }] of moves) {
    const level = next[sku]?.[warehouse];
    if (!level) continue;
    next[sku] = {
      ...next[sku],
      [warehouse]: {
        ...level,
        reserved: Math.max(0, level.reserved + sign * reserved),
        backordered: Math.max(0, level.backordered + sign * backordered),
      },
    };
  }
  return next;
}
