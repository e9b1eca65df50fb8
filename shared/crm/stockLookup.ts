import { freeIncoming } from './allocateStock';
import type { CrmState, IncomingDelivery, Product } from './crmEntities';
import { foldedWords } from './foldText';

export interface WarehouseStock {
  warehouse: string;
  onHand: number;
  reserved: number;
  /** On hand minus reserved, never below zero. */
  available: number;
  backordered: number;
  incoming: IncomingDelivery[];
  /** Incoming quantities not yet promised to backorders. */
  freeIncoming: IncomingDelivery[];
}

export interface StockLookup {
  sku: string;
  product: Product | null;
  /** False for a product the stock does not manage (service, fee): it is always available. */
  stocked: boolean;
  warehouses: WarehouseStock[];
  totals: { onHand: number; reserved: number; available: number };
  /** The earliest delivery not yet promised, across warehouses. */
  nextIncoming: (IncomingDelivery & { warehouse: string }) | null;
  substitutes: { sku: string; name: string; available: number }[];
}

/**
 * Stock for a SKU ('rob-vtg-12r' works) or for the products whose name has every query word as
 * a word beginning ('robot rouge'): per warehouse on hand, reserved, available, incoming with
 * dates, and the substitutes with what they have available. An exact SKU comes alone.
 */
export function stockLookup(state: CrmState, skuOrName: string): StockLookup[] {
  const query = skuOrName.trim();
  if (!query) return [];
  const skus = new Set([...Object.keys(state.products), ...Object.keys(state.stock)]);
  const exact = [...skus].find((sku) => sku.toUpperCase() === query.toUpperCase());
  if (exact) return [lookup(state, exact)];
  const words = foldedWords(query);
  const matches = [...skus].filter((sku) => {
    if (sku.toUpperCase().startsWith(query.toUpperCase())) return true;
    const name = foldedWords(state.products[sku]?.name ?? '');
    return words.length > 0 && words.every((word) => name.some((w) => w.startsWith(word)));
  });
  return matches.sort().map((sku) => lookup(state, sku));
}

function lookup(state: CrmState, sku: string): StockLookup {
  const product = state.products[sku] ?? null;
  const warehouses = Object.values(state.stock[sku] ?? {}).map((level) => ({
    warehouse: level.warehouse,
    onHand: level.onHand,
    reserved: level.reserved,
    available: Math.max(0, level.onHand - level.reserved),
    backordered: level.backordered,
    incoming: level.incoming,
    freeIncoming: freeIncoming(level),
  }));
  const next = warehouses
    .flatMap((w) => w.freeIncoming.map((delivery) => ({ ...delivery, warehouse: w.warehouse })))
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    sku,
    product,
    stocked: warehouses.length > 0,
    warehouses,
    totals: {
      onHand: sum(warehouses.map((w) => w.onHand)),
      reserved: sum(warehouses.map((w) => w.reserved)),
      available: sum(warehouses.map((w) => w.available)),
    },
    nextIncoming: next ?? null,
    substitutes: (product?.substitutes ?? []).map((substitute) => ({
      sku: substitute,
      name: state.products[substitute]?.name ?? substitute,
      available: sum(Object.values(state.stock[substitute] ?? {}).map((level) => Math.max(0, level.onHand - level.reserved))),
    })),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
