import type { CrmState, Customer } from './crmEntities';
import { customerIndexLayer } from './customerIndexLayer';
import type { CustomerIndexLayer } from './customerIndexLayer';

export { dialledDigits, identifierKey } from './customerIndexLayer';
export type { NameField } from './customerIndexLayer';

/**
 * What `searchCustomers` reads: a full index of some earlier `customers` record (`base`) and, when
 * a few customers changed since, a small index of their current versions (`changed`); the base's
 * postings of the customers in `hidden` are stale and skipped.
 */
export interface CustomerSearchIndex {
  base: CustomerIndexLayer;
  changed: CustomerIndexLayer | null;
  hidden: ReadonlySet<string>;
}

/** Past this many changed customers an overlay is no longer worth it: the index is rebuilt. */
export const MAX_OVERLAID_CUSTOMERS = 256;
/** Full indexes kept to overlay on (one per session in play, roughly). */
const RECENT_BASES = 8;

type Customers = CrmState['customers'];

const cache = new WeakMap<Customers, CustomerSearchIndex>();
const bases: { record: Customers; size: number; layer: CustomerIndexLayer }[] = [];

/**
 * The index of `state.customers`: derived data, never stored, so the state stays plain and
 * replayable. It is built on first use and cached per `customers` record (a WeakMap), whose
 * identity `applyCrmEvent` keeps unless a customer is created or changed: orders, notes and
 * tickets never touch it. When a customer does change, the fold's copy keeps every other
 * customer object as it was, so comparing the new record with a recently indexed one finds the
 * few that changed (about a millisecond at 10,000 customers) and only those are indexed, on top of
 * the earlier index (a few milliseconds). A full build (about 0.15–0.25 s at 10,000 customers in
 * tests/bench/crmBench.ts) happens on first use, or once more than 256 customers changed since.
 */
export function customerSearchIndex(state: Pick<CrmState, 'customers'>): CustomerSearchIndex {
  const record = state.customers;
  let index = cache.get(record);
  if (!index) {
    index = overlaid(record) ?? fullIndex(record);
    cache.set(record, index);
  }
  return index;
}

function fullIndex(record: Customers): CustomerSearchIndex {
  const customers = Object.values(record);
  const layer = customerIndexLayer(customers);
  bases.unshift({ record, size: customers.length, layer });
  if (bases.length > RECENT_BASES) bases.pop();
  return { base: layer, changed: null, hidden: new Set() };
}

function overlaid(record: Customers): CustomerSearchIndex | null {
  for (const base of bases) {
    const changed = changedSince(base.record, base.size, record);
    if (changed) {
      return {
        base: base.layer,
        changed: changed.length > 0 ? customerIndexLayer(changed) : null,
        hidden: new Set(changed.map((customer) => customer.id)),
      };
    }
  }
  return null;
}

/** The customers of `after` that are new or changed since `before`; null when too many or when some disappeared. */
function changedSince(before: Customers, beforeSize: number, after: Customers): Customer[] | null {
  const changed: Customer[] = [];
  let kept = 0;
  for (const id in after) {
    const customer = after[id]!;
    const earlier = before[id];
    if (earlier !== undefined) kept += 1;
    if (earlier !== customer) {
      changed.push(customer);
      if (changed.length > MAX_OVERLAID_CUSTOMERS) return null;
    }
  }
  return kept === beforeSize ? changed : null;
}
