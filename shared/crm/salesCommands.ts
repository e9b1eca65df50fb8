import { addDays, formatDate } from '../law/isoDate';
import { allocateStock } from './allocateStock';
import type { LineAllocation } from './allocateStock';
import { accepted, refused, stampOf } from './crmCommandOutcome';
import type { CrmCommandContext, CrmCommandOutcome } from './crmCommandOutcome';
import type { CrmCommandPayload } from './crmCommandSchema';
import type { CrmState, DocumentLine, Order, Quote } from './crmEntities';
import { crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';
import { documentTotals } from './documentTotals';
import { nextDocumentNumber } from './documentNumber';
import { findCustomer, notFound, otherCustomer } from './notFound';

/** A quote is valid through this many days when the candidate gives no date. */
export const DEFAULT_QUOTE_VALIDITY_DAYS = 30;

type SalesType = 'quote.create' | 'order.create' | 'order.cancel';
type Handler<T extends SalesType> = (state: CrmState, payload: CrmCommandPayload<T>, context: CrmCommandContext) => CrmCommandOutcome;

/** Quotes and orders: prices frozen at the time, stock reserved or backordered. */
export const salesCommands: { [T in SalesType]: Handler<T> } = {
  'quote.create': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    const validUntil = p.validUntil ?? addDays(context.today, DEFAULT_QUOTE_VALIDITY_DAYS);
    if (validUntil < context.today) {
      return refused(
        crmRefusal(
          'quote.validity-past',
          `La date de validité (${formatDate(validUntil, 'fr')}) est déjà passée.`,
          `The validity date (${formatDate(validUntil, 'en')}) has already passed.`,
          'validUntil',
        ),
      );
    }
    const lines: DocumentLine[] = [];
    for (const [i, line] of p.lines.entries()) {
      const product = state.products[line.sku];
      if (!product) return refused(notFound('product', line.sku, `lines.${i}.sku`));
      lines.push({
        sku: product.sku,
        description: product.name,
        quantity: line.quantity,
        unitPriceExclVatCents: line.unitPriceExclVatCents ?? product.unitPriceExclVatCents,
        vatRateBp: product.vatRateBp,
      });
    }
    const quote: Quote = {
      number: nextDocumentNumber(state.sequences, 'DEV', context.today),
      customerId: p.customerId,
      date: context.today,
      validUntil,
      lines,
      totals: documentTotals(lines),
      orderId: null,
    };
    return accepted([{ type: 'quote.created', ...stampOf(context), quote }], quote.number, {
      verb: 'created',
      entity: 'quote',
      ref: quote.number,
    });
  },

  'order.create': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    if ((p.quoteNumber === undefined) === (p.lines === undefined)) {
      return refused(
        crmRefusal(
          'order.lines-or-quote',
          'Indiquez soit les lignes de la commande, soit le devis accepté dont elle découle (pas les deux).',
          'Give either the order lines or the accepted quote it comes from (not both).',
          'lines',
        ),
      );
    }
    const source = p.quoteNumber !== undefined ? linesFromQuote(state, p.quoteNumber, p.customerId, context.today) : linesFromCatalogue(state, p.lines ?? []);
    if (!source.ok) return refused(source.error);
    const warehouse = p.warehouse ?? null;
    if (warehouse !== null && !Object.values(state.stock).some((bySku) => Object.hasOwn(bySku, warehouse))) {
      return refused(notFound('warehouse', warehouse, 'warehouse'));
    }
    const allocation = allocateStock(
      state.stock,
      source.lines.map((line) => ({ sku: line.sku ?? '', quantity: line.quantity })),
      warehouse,
    );
    const stockCheck = checkBackorder(state, allocation, warehouse, p.backorder, context.today, p.quoteNumber ? 'quoteNumber' : 'lines');
    if (!stockCheck.ok) return refused(stockCheck.error);
    const order: Order = {
      id: nextDocumentNumber(state.sequences, 'CMD', context.today),
      customerId: p.customerId,
      date: context.today,
      status: stockCheck.backorderDate ? 'backordered' : 'confirmed',
      lines: source.lines.map((line, i) => ({ ...line, allocations: allocation[i]!.allocations })),
      quoteNumber: p.quoteNumber ?? null,
      warehouse,
      backorderDate: stockCheck.backorderDate,
      delivery: { carrier: null, trackingNumber: null, promised: stockCheck.backorderDate, events: [] },
      cancelReason: null,
    };
    return accepted([{ type: 'order.created', ...stampOf(context), order }], order.id, {
      verb: 'created',
      entity: 'order',
      ref: order.id,
    });
  },

  'order.cancel': (state, p, context) => {
    const order = state.orders[p.orderId];
    if (!order) return refused(notFound('order', p.orderId, 'orderId'));
    if (order.status === 'shipped' || order.status === 'delivered' || order.status === 'cancelled') {
      return refused(
        crmRefusal(
          'order.not-cancellable',
          `La commande ${order.id} est ${STATUS_FR[order.status]} : elle ne peut plus être annulée (pour un article livré, ouvrez un ticket de retour).`,
          `Order ${order.id} is ${order.status}: it can no longer be cancelled (for delivered goods, open a return ticket).`,
          'orderId',
        ),
      );
    }
    const invoice = Object.values(state.invoices).find((i) => i.orderId === order.id);
    if (invoice) {
      return refused(
        crmRefusal(
          'order.invoiced',
          `La commande ${order.id} est déjà facturée (${invoice.number}) : une facture ne s’annule que par un avoir.`,
          `Order ${order.id} is already invoiced (${invoice.number}): an invoice can only be cancelled by a credit note.`,
          'orderId',
        ),
      );
    }
    return accepted([{ type: 'order.cancelled', ...stampOf(context), orderId: order.id, reason: p.reason }], order.id, {
      verb: 'updated',
      entity: 'order',
      ref: order.id,
    });
  },
};

const STATUS_FR = { shipped: 'expédiée', delivered: 'livrée', cancelled: 'déjà annulée' } as const;

type Lines = { ok: true; lines: DocumentLine[] } | { ok: false; error: CrmRefusal };

function linesFromCatalogue(state: CrmState, lines: readonly { sku: string; quantity: number }[]): Lines {
  const result: DocumentLine[] = [];
  for (const [i, line] of lines.entries()) {
    const product = state.products[line.sku];
    if (!product) return { ok: false, error: notFound('product', line.sku, `lines.${i}.sku`) };
    result.push({
      sku: product.sku,
      description: product.name,
      quantity: line.quantity,
      unitPriceExclVatCents: product.unitPriceExclVatCents,
      vatRateBp: product.vatRateBp,
    });
  }
  return { ok: true, lines: result };
}

/** A quote's lines, at its prices, if it may still become an order. */
function linesFromQuote(state: CrmState, number: string, customerId: string, today: string): Lines {
  const quote = state.quotes[number];
  if (!quote) return { ok: false, error: notFound('quote', number, 'quoteNumber') };
  if (quote.customerId !== customerId) return { ok: false, error: otherCustomer('quote', number, customerId, 'quoteNumber') };
  if (quote.orderId) {
    return {
      ok: false,
      error: crmRefusal(
        'quote.already-ordered',
        `Le devis ${number} a déjà donné la commande ${quote.orderId}.`,
        `Quote ${number} already became order ${quote.orderId}.`,
        'quoteNumber',
      ),
    };
  }
  if (today > quote.validUntil) {
    return {
      ok: false,
      error: crmRefusal(
        'quote.expired',
        `Le devis ${number} n’est plus valable : il l’était jusqu’au ${formatDate(quote.validUntil, 'fr')}. Établissez un nouveau devis aux conditions du jour.`,
        `Quote ${number} has expired: it was valid until ${formatDate(quote.validUntil, 'en')}. Make a new quote at today's terms.`,
        'quoteNumber',
      ),
    };
  }
  return { ok: true, lines: quote.lines.map((line) => ({ ...line })) };
}

type BackorderCheck = { ok: true; backorderDate: string | null } | { ok: false; error: CrmRefusal };

/**
 * No order beyond available stock, unless the customer accepted a backorder dated no earlier
 * than the first incoming delivery that covers the shortfall (every short line's, so the latest).
 */
function checkBackorder(
  state: CrmState,
  allocation: readonly LineAllocation[],
  warehouse: string | null,
  backorder: { date: string; acceptedByCustomer: boolean } | undefined,
  today: string,
  linesField: string,
): BackorderCheck {
  const short = allocation.map((line, index) => ({ line, index })).filter(({ line }) => line.shortfall > 0);
  if (short.length === 0) return { ok: true, backorderDate: null };
  const field = (index: number) => (linesField === 'lines' ? `lines.${index}.quantity` : linesField);
  const uncovered = short.find(({ line }) => line.coverDate === null);
  if (!backorder || uncovered) {
    const { line, index } = uncovered ?? short[0]!;
    return { ok: false, error: shortfallRefusal(state, line, warehouse, backorder !== undefined, field(index)) };
  }
  if (!backorder.acceptedByCustomer) {
    return {
      ok: false,
      error: crmRefusal(
        'backorder.not-accepted',
        'Le client n’a pas accepté le reliquat : la commande ne peut pas dépasser le stock disponible. Réduisez la quantité ou proposez un article de remplacement.',
        'The customer did not accept the backorder: the order cannot exceed the available stock. Lower the quantity or offer a substitute.',
        'backorder.acceptedByCustomer',
      ),
    };
  }
  const coverDate = short.map(({ line }) => line.coverDate!).sort().at(-1)!;
  const earliest = coverDate > today ? coverDate : today;
  if (backorder.date < earliest) {
    return {
      ok: false,
      error: crmRefusal(
        'backorder.too-early',
        `Date de reliquat impossible : le ${formatDate(backorder.date, 'fr')} est avant ${coverDate > today ? `l’arrivage qui couvre le manque (${formatDate(coverDate, 'fr')})` : 'aujourd’hui'}. Ne promettez pas une date que le stock ne peut pas tenir.`,
        `Backorder date not possible: ${formatDate(backorder.date, 'en')} is before ${coverDate > today ? `the incoming delivery that covers the shortfall (${formatDate(coverDate, 'en')})` : 'today'}. Do not promise a date the stock cannot keep.`,
        'backorder.date',
      ),
    };
  }
  return { ok: true, backorderDate: backorder.date };
}

function shortfallRefusal(state: CrmState, line: LineAllocation, warehouse: string | null, backorderAsked: boolean, field: string): CrmRefusal {
  const product = state.products[line.sku];
  const where = warehouse === null ? ['tous entrepôts', 'all warehouses'] : [`entrepôt ${warehouse}`, `${warehouse} warehouse`];
  const elsewhere =
    warehouse === null
      ? []
      : Object.values(state.stock[line.sku] ?? {})
          .filter((level) => level.warehouse !== warehouse && level.onHand - level.reserved > 0)
          .map((level) => `${level.warehouse} (${level.onHand - level.reserved})`);
  const substitutes = (product?.substitutes ?? []).filter((sku) =>
    Object.values(state.stock[sku] ?? {}).some((level) => level.onHand - level.reserved > 0),
  );
  const head = [
    `Stock insuffisant pour ${line.sku}${product ? ` (${product.name})` : ''}, ${where[0]} : ${line.available} disponible(s) pour ${line.quantity} demandé(s).`,
    `Not enough stock for ${line.sku}${product ? ` (${product.name})` : ''}, ${where[1]}: ${line.available} available for ${line.quantity} ordered.`,
  ];
  const cover =
    line.coverDate === null
      ? ['Aucun arrivage prévu ne couvre le manque : ne promettez pas de date.', 'No scheduled delivery covers the shortfall: do not promise a date.']
      : [
          `Le manque est couvert par l’arrivage du ${formatDate(line.coverDate, 'fr')} : une commande en reliquat est possible à partir de cette date, si le client l’accepte.`,
          `The shortfall is covered by the delivery of ${formatDate(line.coverDate, 'en')}: a backorder from that date is possible if the customer accepts it.`,
        ];
  const options = [
    ...(elsewhere.length ? [[`Disponible ailleurs : ${elsewhere.join(', ')}.`, `Available elsewhere: ${elsewhere.join(', ')}.`]] : []),
    ...(substitutes.length ? [[`Remplacement possible : ${substitutes.join(', ')}.`, `Possible substitute: ${substitutes.join(', ')}.`]] : []),
  ];
  const code = backorderAsked && line.coverDate === null ? 'stock.no-incoming' : 'stock.insufficient';
  return crmRefusal(
    code,
    [head[0], cover[0], ...options.map((o) => o[0])].join(' '),
    [head[1], cover[1], ...options.map((o) => o[1])].join(' '),
    field,
  );
}
