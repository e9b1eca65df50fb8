import type { CrmState, IncomingDelivery, StockAllocation, StockLevel } from './crmEntities';

export interface LineAllocation {
  sku: string;
  quantity: number;
  /** False for a product the stock does not manage (a service, a fee): nothing to reserve. */
  stocked: boolean;
  /** What was available to this line in its scope, after the order's earlier lines. */
  available: number;
  /** The quantity that could not be reserved from stock. */
  shortfall: number;
  /** The first incoming delivery date by which the shortfall is covered; null when none covers it. */
  coverDate: string | null;
  allocations: StockAllocation[];
}

/**
 * How an order's lines would take stock, line by line (two lines of the same SKU add up). In
 * scope are the chosen warehouse, or every warehouse holding the SKU in fixture order:
 *
 * - available = on hand − reserved, reserved greedily warehouse by warehouse;
 * - a shortfall can only be promised from incoming deliveries not already promised to earlier
 *   backorders (those take the earliest deliveries); they are taken in date order, and the date
 *   of the last one needed is the earliest date the customer can be promised.
 *
 * A SKU without any stock entry is not stock-managed (a delivery fee, a subscription).
 */
export function allocateStock(
  stock: CrmState['stock'],
  lines: readonly { sku: string; quantity: number }[],
  warehouse: string | null,
): LineAllocation[] {
  const taken = new Map<StockLevel, { reserved: number; backordered: number }>();
  return lines.map(({ sku, quantity }) => {
    const levels = Object.values(stock[sku] ?? {});
    if (levels.length === 0) return { sku, quantity, stocked: false, available: quantity, shortfall: 0, coverDate: null, allocations: [] };
    const scope = warehouse === null ? levels : levels.filter((level) => level.warehouse === warehouse);
    const byWarehouse = new Map<string, StockAllocation>();
    const allocationOf = (level: StockLevel) => {
      let allocation = byWarehouse.get(level.warehouse);
      if (!allocation) byWarehouse.set(level.warehouse, (allocation = { warehouse: level.warehouse, reserved: 0, backordered: 0 }));
      return allocation;
    };
    const takenOf = (level: StockLevel) => {
      let t = taken.get(level);
      if (!t) taken.set(level, (t = { reserved: 0, backordered: 0 }));
      return t;
    };

    let available = 0;
    let missing = quantity;
    for (const level of scope) {
      const free = Math.max(0, level.onHand - level.reserved - takenOf(level).reserved);
      available += free;
      const reserve = Math.min(free, missing);
      if (reserve > 0) {
        allocationOf(level).reserved += reserve;
        takenOf(level).reserved += reserve;
        missing -= reserve;
      }
    }
    const shortfall = missing;

    let coverDate: string | null = null;
    if (missing > 0) {
      const lots = scope
        .flatMap((level, order) => freeIncoming(level, level.backordered + takenOf(level).backordered).map((lot) => ({ ...lot, level, order })))
        .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
      for (const lot of lots) {
        if (missing === 0) break;
        const promise = Math.min(lot.quantity, missing);
        allocationOf(lot.level).backordered += promise;
        takenOf(lot.level).backordered += promise;
        missing -= promise;
        coverDate = lot.date;
      }
      if (missing > 0) coverDate = null;
    }
    return { sku, quantity, stocked: true, available, shortfall, coverDate, allocations: [...byWarehouse.values()] };
  });
}

/** The incoming deliveries of a level left once `promised` units went to earlier backorders, earliest first. */
export function freeIncoming(level: StockLevel, promised = level.backordered): IncomingDelivery[] {
  let toSkip = promised;
  const free: IncomingDelivery[] = [];
  for (const delivery of [...level.incoming].sort((a, b) => a.date.localeCompare(b.date))) {
    const skipped = Math.min(toSkip, delivery.quantity);
    toSkip -= skipped;
    if (delivery.quantity > skipped) free.push({ quantity: delivery.quantity - skipped, date: delivery.date });
  }
  return free;
}
