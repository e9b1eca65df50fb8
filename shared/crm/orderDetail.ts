import type { CrmState, DocumentTotals, Order, OrderLine, Ticket } from './crmEntities';
import { documentTotals, lineAmounts } from './documentTotals';
import type { LineAmounts } from './documentTotals';
import { invoiceSummary } from './invoiceDetail';
import type { InvoiceSummary } from './invoiceDetail';

export interface OrderSummary {
  id: string;
  date: string | null;
  status: Order['status'];
  open: boolean;
  inclVatCents: number;
  backorderDate: string | null;
  promised: string | null;
  carrier: string | null;
  trackingNumber: string | null;
}

export interface OrderDetail {
  order: Order;
  customer: { id: string; name: string; company: string | null } | null;
  lines: (OrderLine & { amounts: LineAmounts })[];
  totals: DocumentTotals;
  invoices: InvoiceSummary[];
  tickets: Ticket[];
}

/** Still to deliver: neither delivered nor cancelled. */
export function isOpenOrder(order: Order): boolean {
  return order.status !== 'delivered' && order.status !== 'cancelled';
}

export function orderSummary(order: Order): OrderSummary {
  return {
    id: order.id,
    date: order.date,
    status: order.status,
    open: isOpenOrder(order),
    inclVatCents: documentTotals(order.lines).inclVatCents,
    backorderDate: order.backorderDate,
    promised: order.delivery.promised,
    carrier: order.delivery.carrier,
    trackingNumber: order.delivery.trackingNumber,
  };
}

/** An order with its lines priced as frozen, totals, delivery tracking, invoices and tickets. */
export function orderDetail(state: CrmState, orderId: string): OrderDetail | undefined {
  const order = state.orders[orderId.trim()];
  if (!order) return undefined;
  const customer = state.customers[order.customerId];
  return {
    order,
    customer: customer ? { id: customer.id, name: customer.name, company: customer.company } : null,
    lines: order.lines.map((line) => ({ ...line, amounts: lineAmounts(line) })),
    totals: documentTotals(order.lines),
    invoices: Object.values(state.invoices)
      .filter((invoice) => invoice.orderId === order.id)
      .map((invoice) => invoiceSummary(state, invoice)),
    tickets: Object.values(state.tickets).filter((ticket) => ticket.orderId === order.id),
  };
}
