import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures } from './crmTestFixtures';
import { customerFile } from './customerFile';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('customerFile', () => {
  it('gathers identity, loyalty, orders, invoices with status and tickets', () => {
    const file = customerFile(initial, 'C-1042')!;
    expect(file.customer).toMatchObject({ id: 'C-1042', name: 'Sandrine Roux', phone: { display: '06 12 34 56 78' } });
    expect(file.loyalty).toEqual({ tier: 'Fidèle', contractEnd: null, churnRisk: null });
    expect(file.openOrders).toMatchObject([{ id: 'CMD-88311', status: 'shipped', open: true, inclVatCents: 14700, carrier: 'Ferlane Express', trackingNumber: 'FX6A04187753' }]);
    expect(file.invoices).toMatchObject([{ number: 'FAC-26-04518', status: 'paid', balanceCents: 0 }]);
    expect(file.tickets.map((t) => t.id)).toEqual(['T-5521']);
  });

  it('shows a business’s contacts, a consumer’s consents and loyalty', () => {
    const { state } = acceptCommand(initial, { type: 'contact.add', payload: { customerId: 'C-7315', name: 'Aurélie Masson', role: 'Assistante' } });
    expect(customerFile(state, 'C-7315')!.contacts.map((c) => c.name)).toEqual(['Aurélie Masson']);
    expect(customerFile(state, 'C-7315')!.invoices).toMatchObject([
      { number: 'FAC-26-05231', status: 'due', disputed: true },
    ]);
    const helene = customerFile(initial, 'C-3390')!;
    expect(helene.consents).toHaveLength(2);
    expect(helene.loyalty).toEqual({ tier: 'Fidèle', contractEnd: '2027-03-14', churnRisk: 'high' });
  });

  it('adds what the candidate did, newest first, to the contact history', () => {
    let state = acceptCommand(initial, { type: 'note.write', payload: { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'Colis perdu, renvoi proposé.' } }).state;
    state = acceptCommand(
      state,
      { type: 'callback.schedule', payload: { customerId: 'C-1042', dueAt: '2026-12-02T11:00:00+01:00', assignee: 'Julie', about: 'Confirmer la livraison' } },
      { now: '2026-11-30T10:20:00+01:00', today: '2026-11-30' },
    ).state;
    const file = customerFile(state, 'C-1042')!;
    expect(file.contactHistory.map((entry) => entry.kind)).toEqual(['callback', 'call', 'ticket']);
    expect(file.callbacks).toMatchObject([{ dueAt: '2026-12-02T11:00:00+01:00' }]);
    expect(file.notes).toMatchObject([{ text: 'Colis perdu, renvoi proposé.' }]);
  });

  it('lists quotes with their derived status', () => {
    const { state, id } = acceptCommand(initial, { type: 'quote.create', payload: { customerId: 'B-2041', lines: [{ sku: 'HUI-COL-5L', quantity: 10 }], validUntil: '2026-11-30' } });
    expect(customerFile(state, 'B-2041')!.quotes).toMatchObject([{ number: id, status: 'sent' }]);
    const later = acceptCommand(state, { type: 'note.write', payload: { customerId: 'B-2041', author: 'J', direction: 'outbound', text: 'Relance devis' } }, { now: '2026-12-01T10:00:00+01:00', today: '2026-12-01' }).state;
    expect(customerFile(later, 'B-2041')!.quotes).toMatchObject([{ number: id, status: 'expired' }]);
    expect(customerFile(later, 'B-2041')!.invoices).toMatchObject([{ number: 'FAC-26-04377', status: 'overdue', daysOverdue: 16 }]);
  });

  it('is undefined for an unknown customer', () => {
    expect(customerFile(initial, 'C-0')).toBeUndefined();
  });
});
