import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures } from './crmTestFixtures';
import { orderDetail } from './orderDetail';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('orderDetail', () => {
  it('prices each line as frozen, with totals, invoices, tickets and delivery', () => {
    const detail = orderDetail(initial, 'CMD-88311')!;
    expect(detail.customer).toEqual({ id: 'C-1042', name: 'Sandrine Roux', company: null });
    expect(detail.lines.map((line) => line.amounts)).toEqual([
      { exclVatCents: 10750, vatCents: 2150, inclVatCents: 12900 },
      { exclVatCents: 1500, vatCents: 300, inclVatCents: 1800 },
    ]);
    expect(detail.totals).toMatchObject({ exclVatCents: 12250, vatCents: 2450, inclVatCents: 14700 });
    expect(detail.invoices).toMatchObject([{ number: 'FAC-26-04518', status: 'paid' }]);
    expect(detail.tickets.map((t) => t.id)).toEqual(['T-5521']);
    expect(detail.order.delivery).toMatchObject({ carrier: 'Ferlane Express', trackingNumber: 'FX6A04187753', promised: '2026-11-20' });
  });

  it('keeps the price of the order day when the catalogue changes', () => {
    const { state, id } = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-1042', lines: [{ sku: 'AMP-027', quantity: 3 }] } });
    const repriced = { ...state, products: { ...state.products, 'AMP-027': { ...state.products['AMP-027']!, unitPriceExclVatCents: 990 } } };
    expect(orderDetail(repriced, id)!.lines[0]).toMatchObject({ unitPriceExclVatCents: 750, amounts: { inclVatCents: 2700 } });
  });

  it('shows a backorder’s date and stock allocation', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'order.create',
      payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 1 }], warehouse: 'Cestas', backorder: { date: '2026-12-11', acceptedByCustomer: true } },
    });
    expect(orderDetail(state, id)).toMatchObject({
      order: { status: 'backordered', backorderDate: '2026-12-11' },
      lines: [{ allocations: [{ warehouse: 'Cestas', reserved: 0, backordered: 1 }] }],
    });
  });

  it('is undefined for an unknown order', () => {
    expect(orderDetail(initial, 'CMD-0')).toBeUndefined();
  });
});
