import { describe, expect, it } from 'vitest';
import { applyCrmEvent } from './applyCrmEvent';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures } from './crmTestFixtures';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('applyCrmEvent', () => {
  it('keeps the identity of every record an event does not touch', () => {
    const { state } = acceptCommand(initial, {
      type: 'note.write',
      payload: { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'Colis perdu : renvoi express proposé.' },
    });
    expect(state.customers).toBe(initial.customers);
    expect(state.orders).toBe(initial.orders);
    expect(state.stock).toBe(initial.stock);
    expect(state.notes).not.toBe(initial.notes);
  });

  it('never modifies the state it is given', () => {
    const before = JSON.stringify(initial);
    acceptCommand(initial, { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 2 }] } });
    acceptCommand(initial, { type: 'customer.update', payload: { customerId: 'C-1042', email: 'sandrine.roux@exemple.fr' } });
    expect(JSON.stringify(initial)).toBe(before);
  });

  it('moves the business day forward with the events, never back', () => {
    const stamp = { at: '2026-12-02T09:00:00+01:00', today: '2026-12-02' };
    const later = applyCrmEvent(initial, { type: 'order.tracked', ...stamp, orderId: 'CMD-88311', event: { at: stamp.at, status: 'lost', label: 'Colis perdu' } });
    expect(later.today).toBe('2026-12-02');
    const earlier = applyCrmEvent(later, { type: 'order.tracked', ...stamp, today: '2026-12-01', orderId: 'CMD-88311', event: { at: stamp.at, status: 'x', label: 'x' } });
    expect(earlier.today).toBe('2026-12-02');
  });

  it('records delivery tracking, and a delivery changes the order’s status', () => {
    const stamp = { at: '2026-11-21T14:02:00+01:00', today: '2026-11-30' };
    const state = applyCrmEvent(initial, {
      type: 'order.tracked',
      ...stamp,
      orderId: 'CMD-88311',
      event: { at: stamp.at, status: 'delivered', label: 'Livré en point relais' },
    });
    expect(state.orders['CMD-88311']!.status).toBe('delivered');
    expect(state.orders['CMD-88311']!.delivery.events).toEqual([{ at: stamp.at, status: 'delivered', label: 'Livré en point relais' }]);
  });

  it('ignores an event about something unknown rather than failing a replay halfway', () => {
    const stamp = { at: '2026-11-30T10:00:00+01:00', today: '2026-11-30' };
    expect(applyCrmEvent(initial, { type: 'order.cancelled', ...stamp, orderId: 'CMD-0', reason: 'x' })).toEqual(initial);
  });
});
