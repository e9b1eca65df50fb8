import type { CrmState } from './crmEntities';
import { identifierKey } from './customerIndexLayer';

export interface DocumentRef {
  kind: 'order' | 'invoice';
  number: string;
  customerId: string;
}

export interface DocumentNumberIndex {
  /** 'CMD88311' → the order; 'FAC2604518' → the invoice. */
  exact: Map<string, DocumentRef[]>;
  /** The number's digits alone ('88311', '2604518'), as a customer reads them out. */
  digits: Map<string, DocumentRef[]>;
}

const cache = new WeakMap<object, Map<object, DocumentNumberIndex>>();

/**
 * Order and invoice numbers → customers, cached per (`orders`, `invoices`) pair of records, like
 * the customer index: creating an order rebuilds this small map only.
 */
export function documentNumberIndex(state: Pick<CrmState, 'orders' | 'invoices'>): DocumentNumberIndex {
  let byInvoices = cache.get(state.orders);
  if (!byInvoices) cache.set(state.orders, (byInvoices = new Map()));
  let index = byInvoices.get(state.invoices);
  if (!index) {
    index = { exact: new Map(), digits: new Map() };
    for (const order of Object.values(state.orders)) add(index, { kind: 'order', number: order.id, customerId: order.customerId });
    for (const invoice of Object.values(state.invoices)) {
      add(index, { kind: 'invoice', number: invoice.number, customerId: invoice.customerId });
    }
    byInvoices.clear(); // keep only the latest invoices record for these orders
    byInvoices.set(state.invoices, index);
  }
  return index;
}

function add(index: DocumentNumberIndex, ref: DocumentRef): void {
  const exact = identifierKey(ref.number);
  index.exact.set(exact, [...(index.exact.get(exact) ?? []), ref]);
  const digits = ref.number.replace(/\D/g, '');
  if (digits.length >= 3) index.digits.set(digits, [...(index.digits.get(digits) ?? []), ref]);
}
