import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import type { CrmCommandContext } from './crmCommandOutcome';
import { acceptCommand, CRM_TEST_CONTEXT, crmTestFixtures, refuseCommand } from './crmTestFixtures';
import { quoteStatus } from './quoteStatus';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });
const on = (today: string): CrmCommandContext => ({ now: `${today}T10:00:00+01:00`, today });

describe('order.create: no order beyond the available stock', () => {
  // ROB-VTG-12G at Cestas: 7 on hand, 2 reserved, so 5 available, nothing incoming.
  it('accepts exactly the available quantity and reserves it', () => {
    const { state, id } = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 5 }], warehouse: 'Cestas' } });
    expect(id).toBe('CMD-2026-1188');
    expect(state.orders[id]).toMatchObject({
      status: 'confirmed',
      backorderDate: null,
      lines: [{ sku: 'ROB-VTG-12G', quantity: 5, unitPriceExclVatCents: 29000, vatRateBp: 2000, allocations: [{ warehouse: 'Cestas', reserved: 5, backordered: 0 }] }],
    });
    expect(state.stock['ROB-VTG-12G']!['Cestas']).toMatchObject({ onHand: 7, reserved: 7 });
  });

  it('refuses one more than available, saying what is available and that nothing is coming', () => {
    const error = refuseCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 6 }], warehouse: 'Cestas' } });
    expect(error).toMatchObject({ code: 'stock.insufficient', field: 'lines.0.quantity' });
    expect(error.message.fr).toContain('5 disponible(s) pour 6 demandé(s)');
    expect(error.message.fr).toContain('Aucun arrivage prévu');
    expect(error.message.en).toContain('5 available for 6 ordered');
  });

  it('adds up two lines of the same SKU', () => {
    const error = refuseCommand(initial, {
      type: 'order.create',
      payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 3 }, { sku: 'ROB-VTG-12G', quantity: 3 }] },
    });
    expect(error).toMatchObject({ code: 'stock.insufficient', field: 'lines.1.quantity' });
  });

  it('takes stock across all warehouses when none is chosen', () => {
    // ROB-VTG-12R: Cestas 3 − 3 = 0, Saint-Priest 5 − 1 = 4.
    const { state, id } = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 4 }] } });
    expect(state.orders[id]!.lines[0]!.allocations).toEqual([{ warehouse: 'Saint-Priest', reserved: 4, backordered: 0 }]);
    expect(state.stock['ROB-VTG-12R']!['Saint-Priest']!.reserved).toBe(5);
  });

  it('refuses in the chosen warehouse what another one holds, and says where it is and what can replace it', () => {
    const error = refuseCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 1 }], warehouse: 'Cestas' } });
    expect(error.code).toBe('stock.insufficient');
    expect(error.message.fr).toContain('0 disponible(s) pour 1 demandé(s)');
    expect(error.message.fr).toContain('10 décembre 2026');
    expect(error.message.fr).toContain('Disponible ailleurs : Saint-Priest (4)');
    expect(error.message.fr).toContain('Remplacement possible : ROB-VTG-12G, ROB-VTG-15P');
    expect(error.message.en).toContain('10 December 2026');
  });

  it('does not check the stock of a product it does not manage (a delivery fee)', () => {
    const { state, id } = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-1042', lines: [{ sku: 'LIV-DOM', quantity: 3 }] } });
    expect(state.orders[id]!.lines[0]!.allocations).toEqual([]);
  });

  it('refuses an unknown product or warehouse', () => {
    expect(refuseCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-XXX', quantity: 1 }] } })).toMatchObject({
      code: 'product.not-found',
      field: 'lines.0.sku',
    });
    expect(
      refuseCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 1 }], warehouse: 'Lille' } }),
    ).toMatchObject({ code: 'warehouse.not-found', field: 'warehouse' });
    expect(refuseCommand(initial, { type: 'order.create', payload: { customerId: 'C-9999', lines: [{ sku: 'LMP-204', quantity: 1 }] } })).toMatchObject({
      code: 'customer.not-found',
      message: { fr: 'Client introuvable : C-9999.' },
    });
  });
});

describe('order.create: a dated backorder the customer accepts', () => {
  // ROB-VTG-12R at Cestas: nothing available; 12 arrive on 10 December, 10 more on 15 January.
  const order = (quantity: number, backorder?: { date: string; acceptedByCustomer: boolean }, warehouse = 'Cestas') => ({
    type: 'order.create' as const,
    payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity }], warehouse, ...(backorder ? { backorder } : {}) },
  });

  it('refuses a backorder dated the day before the incoming delivery that covers the shortfall', () => {
    const error = refuseCommand(initial, order(1, { date: '2026-12-09', acceptedByCustomer: true }));
    expect(error).toMatchObject({ code: 'backorder.too-early', field: 'backorder.date' });
    expect(error.message.fr).toContain('9 décembre 2026');
    expect(error.message.fr).toContain('10 décembre 2026');
  });

  it('accepts a backorder dated on the incoming date, and promises that delivery', () => {
    const { state, id } = acceptCommand(initial, order(1, { date: '2026-12-10', acceptedByCustomer: true }));
    expect(state.orders[id]).toMatchObject({
      status: 'backordered',
      backorderDate: '2026-12-10',
      delivery: { promised: '2026-12-10' },
      lines: [{ allocations: [{ warehouse: 'Cestas', reserved: 0, backordered: 1 }] }],
    });
    expect(state.stock['ROB-VTG-12R']!['Cestas']).toMatchObject({ reserved: 3, backordered: 1 });
  });

  it('accepts a later date too', () => {
    expect(acceptCommand(initial, order(1, { date: '2026-12-18', acceptedByCustomer: true })).state.orders['CMD-2026-1188']!.backorderDate).toBe('2026-12-18');
  });

  it('needs the delivery that covers the whole shortfall: 13 units wait for the second one', () => {
    expect(refuseCommand(initial, order(13, { date: '2026-12-10', acceptedByCustomer: true })).code).toBe('backorder.too-early');
    expect(acceptCommand(initial, order(13, { date: '2027-01-15', acceptedByCustomer: true })).state.orders['CMD-2026-1188']!.status).toBe('backordered');
  });

  it('does not promise twice what earlier backorders already took from the incoming deliveries', () => {
    const { state } = acceptCommand(initial, order(12, { date: '2026-12-10', acceptedByCustomer: true }));
    expect(refuseCommand(state, order(1, { date: '2026-12-10', acceptedByCustomer: true })).message.fr).toContain('15 janvier 2027');
    acceptCommand(state, order(1, { date: '2027-01-15', acceptedByCustomer: true }));
  });

  it('takes what is available first and backorders only the rest, across warehouses', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'order.create',
      payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 5 }], backorder: { date: '2026-12-10', acceptedByCustomer: true } },
    });
    expect(state.orders[id]!.lines[0]!.allocations).toEqual([
      { warehouse: 'Saint-Priest', reserved: 4, backordered: 0 },
      { warehouse: 'Cestas', reserved: 0, backordered: 1 },
    ]);
  });

  it('refuses when no incoming delivery covers the shortfall, whatever the date', () => {
    const error = refuseCommand(initial, order(23, { date: '2027-06-30', acceptedByCustomer: true }));
    expect(error.code).toBe('stock.no-incoming');
    expect(error.message.en).toContain('do not promise a date');
  });

  it('refuses a backorder the customer did not accept', () => {
    expect(refuseCommand(initial, order(1, { date: '2026-12-10', acceptedByCustomer: false }))).toMatchObject({
      code: 'backorder.not-accepted',
      field: 'backorder.acceptedByCustomer',
    });
  });

  it('ignores a backorder when the stock suffices', () => {
    const { state, id } = acceptCommand(initial, order(1, { date: '2026-12-10', acceptedByCustomer: true }, 'Saint-Priest'));
    expect(state.orders[id]).toMatchObject({ status: 'confirmed', backorderDate: null });
  });
});

describe('quotes', () => {
  const withQuote = acceptCommand(initial, {
    type: 'quote.create',
    payload: {
      customerId: 'B-2041',
      lines: [
        { sku: 'HUI-COL-5L', quantity: 6 },
        { sku: 'CRM-35-1L', quantity: 10, unitPriceExclVatCents: 420 }, // trade-fair price
      ],
      validUntil: '2026-12-02',
    },
  });
  const quoteNumber = withQuote.id;
  const fromQuote = { type: 'order.create' as const, payload: { customerId: 'B-2041', quoteNumber } };

  it('numbers the quote, freezes its prices and totals', () => {
    expect(quoteNumber).toBe('DEV-2026-0001');
    expect(withQuote.state.quotes[quoteNumber]).toMatchObject({
      date: '2026-11-30',
      validUntil: '2026-12-02',
      totals: { exclVatCents: 6 * 980 + 10 * 420, vatCents: 323 + 231, inclVatCents: 10080 + 554 },
    });
  });

  it('is valid for 30 days unless told otherwise', () => {
    const { state, id } = acceptCommand(initial, { type: 'quote.create', payload: { customerId: 'B-2041', lines: [{ sku: 'HUI-COL-5L', quantity: 1 }] } });
    expect(state.quotes[id]!.validUntil).toBe('2026-12-30');
  });

  it('becomes an order on its last valid day, at the quoted prices', () => {
    const { state, id } = acceptCommand(withQuote.state, fromQuote, on('2026-12-02'));
    expect(state.orders[id]).toMatchObject({ quoteNumber, date: '2026-12-02' });
    expect(state.orders[id]!.lines.map((line) => line.unitPriceExclVatCents)).toEqual([980, 420]);
    expect(state.quotes[quoteNumber]!.orderId).toBe(id);
    expect(quoteStatus(state.quotes[quoteNumber]!, '2026-12-02')).toBe('accepted');
  });

  it('cannot become an order the day after', () => {
    const error = refuseCommand(withQuote.state, fromQuote, on('2026-12-03'));
    expect(error).toMatchObject({ code: 'quote.expired', field: 'quoteNumber' });
    expect(error.message.fr).toContain('2 décembre 2026');
    expect(quoteStatus(withQuote.state.quotes[quoteNumber]!, '2026-12-03')).toBe('expired');
    expect(quoteStatus(withQuote.state.quotes[quoteNumber]!, '2026-12-02')).toBe('sent');
  });

  it('becomes one order only, for its own customer', () => {
    const { state } = acceptCommand(withQuote.state, fromQuote);
    expect(refuseCommand(state, fromQuote).code).toBe('quote.already-ordered');
    expect(refuseCommand(withQuote.state, { type: 'order.create', payload: { customerId: 'C-1042', quoteNumber } }).code).toBe('quote.other-customer');
  });

  it('needs either lines or a quote', () => {
    expect(refuseCommand(withQuote.state, { type: 'order.create', payload: { customerId: 'B-2041' } }).code).toBe('order.lines-or-quote');
    expect(
      refuseCommand(withQuote.state, { type: 'order.create', payload: { customerId: 'B-2041', quoteNumber, lines: [{ sku: 'HUI-COL-5L', quantity: 1 }] } }).code,
    ).toBe('order.lines-or-quote');
  });

  it('refuses a validity date already past', () => {
    expect(
      refuseCommand(initial, { type: 'quote.create', payload: { customerId: 'B-2041', lines: [{ sku: 'HUI-COL-5L', quantity: 1 }], validUntil: '2026-11-29' } }).code,
    ).toBe('quote.validity-past');
  });
});

describe('order.cancel', () => {
  it('releases what the order reserved and backordered', () => {
    const ordered = acceptCommand(initial, {
      type: 'order.create',
      payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 5 }], backorder: { date: '2026-12-10', acceptedByCustomer: true } },
    });
    const { state } = acceptCommand(ordered.state, { type: 'order.cancel', payload: { orderId: ordered.id, reason: 'La cliente préfère le gris perle.' } });
    expect(state.orders[ordered.id]).toMatchObject({ status: 'cancelled', cancelReason: 'La cliente préfère le gris perle.' });
    expect(state.stock).toEqual(initial.stock);
  });

  it('refuses to cancel a shipped order or an invoiced one', () => {
    expect(refuseCommand(initial, { type: 'order.cancel', payload: { orderId: 'CMD-88311', reason: 'x' } })).toMatchObject({
      code: 'order.not-cancellable',
      message: { fr: expect.stringContaining('expédiée') },
    });
    const ordered = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-1042', lines: [{ sku: 'AMP-027', quantity: 4 }] } });
    const invoiced = acceptCommand(ordered.state, { type: 'invoice.issue', payload: { orderId: ordered.id } });
    expect(refuseCommand(invoiced.state, { type: 'order.cancel', payload: { orderId: ordered.id, reason: 'x' } }).code).toBe('order.invoiced');
  });
});

it('stamps events with the command’s instant and day', () => {
  const { events } = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-1042', lines: [{ sku: 'AMP-027', quantity: 1 }] } });
  expect(events).toMatchObject([{ type: 'order.created', at: CRM_TEST_CONTEXT.now, today: CRM_TEST_CONTEXT.today }]);
});
