import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures } from './crmTestFixtures';
import { stockLookup } from './stockLookup';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('stockLookup', () => {
  it('gives, per warehouse, on hand, reserved, available and incoming with dates, and the substitutes', () => {
    const [robot, ...others] = stockLookup(initial, 'rob-vtg-12r');
    expect(others).toEqual([]);
    expect(robot).toMatchObject({
      sku: 'ROB-VTG-12R',
      stocked: true,
      warehouses: [
        { warehouse: 'Cestas', onHand: 3, reserved: 3, available: 0, incoming: [{ quantity: 12, date: '2026-12-10' }, { quantity: 10, date: '2027-01-15' }] },
        { warehouse: 'Saint-Priest', onHand: 5, reserved: 1, available: 4, incoming: [] },
      ],
      totals: { onHand: 8, reserved: 4, available: 4 },
      nextIncoming: { quantity: 12, date: '2026-12-10', warehouse: 'Cestas' },
      substitutes: [
        { sku: 'ROB-VTG-12G', available: 5 },
        { sku: 'ROB-VTG-15P', available: 4 },
      ],
    });
  });

  it('shows incoming quantities already promised to backorders', () => {
    const { state } = acceptCommand(initial, {
      type: 'order.create',
      payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 12 }], warehouse: 'Cestas', backorder: { date: '2026-12-10', acceptedByCustomer: true } },
    });
    const [robot] = stockLookup(state, 'ROB-VTG-12R');
    expect(robot!.warehouses[0]).toMatchObject({ backordered: 12, freeIncoming: [{ quantity: 10, date: '2027-01-15' }] });
    expect(robot!.nextIncoming).toEqual({ quantity: 10, date: '2027-01-15', warehouse: 'Cestas' });
  });

  it('finds products by words of their name, accents ignored', () => {
    expect(stockLookup(initial, 'robot rouge').map((s) => s.sku)).toEqual(['ROB-VTG-12R', 'ROB-VTG-15P']);
    expect(stockLookup(initial, 'crème').map((s) => s.sku)).toEqual(['CRM-35-1L']);
    expect(stockLookup(initial, 'ROB-VTG').map((s) => s.sku)).toEqual(['ROB-VTG-12G', 'ROB-VTG-12R', 'ROB-VTG-15P']);
  });

  it('says when a product is not stock-managed', () => {
    expect(stockLookup(initial, 'LIV-DOM')).toMatchObject([{ stocked: false, warehouses: [], nextIncoming: null }]);
    expect(stockLookup(initial, 'aspirateur')).toEqual([]);
  });
});
