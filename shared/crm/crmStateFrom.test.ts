import { describe, expect, it } from 'vitest';
import { applyCrmEvent } from './applyCrmEvent';
import { createCrmState } from './createCrmState';
import type { CrmCommand } from './crmCommandSchema';
import type { CrmEvent } from './crmEvents';
import { crmStateFrom } from './crmStateFrom';
import { crmTestFixtures } from './crmTestFixtures';
import { executeCrmCommand } from './executeCrmCommand';

/** One candidate's session, with a refused command or two along the way, over two days. */
const SESSION: [string, CrmCommand][] = [
  ['2026-11-30T10:15:00+01:00', { type: 'customer.update', payload: { customerId: 'C-5583', email: 'b.fabre@orange.fr' } }],
  ['2026-11-30T10:16:00+01:00', { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 1 }], warehouse: 'Cestas' } }],
  [
    '2026-11-30T10:17:00+01:00',
    {
      type: 'order.create',
      payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 1 }], warehouse: 'Cestas', backorder: { date: '2026-12-10', acceptedByCustomer: true } },
    },
  ],
  ['2026-11-30T10:18:00+01:00', { type: 'quote.create', payload: { customerId: 'C-7315', lines: [{ sku: 'LMP-204', quantity: 2, unitPriceExclVatCents: 9900 }] } }],
  ['2026-11-30T10:19:00+01:00', { type: 'creditNote.issue', payload: { invoiceNumber: 'FAC-26-05231', reason: 'Écart avec le devis', amount: { inclVatCents: 35640, vatRateBp: 2000 } } }],
  ['2026-11-30T10:20:00+01:00', { type: 'contact.add', payload: { customerId: 'C-7315', name: 'Aurélie Masson', email: 'a.masson@lumio-conseil.fr' } }],
  ['2026-11-30T10:21:00+01:00', { type: 'callback.schedule', payload: { customerId: 'C-7315', dueAt: '2026-12-01T15:00:00+01:00', assignee: 'Julie', about: 'Avoir' } }],
  ['2026-11-30T10:22:00+01:00', { type: 'note.write', payload: { customerId: 'C-7315', author: 'Julie', direction: 'outbound', text: 'Avoir de 356,40 € émis.' } }],
  ['2026-12-01T09:05:00+01:00', { type: 'order.create', payload: { customerId: 'C-7315', quoteNumber: 'DEV-2026-0001' } }],
  ['2026-12-01T09:06:00+01:00', { type: 'invoice.issue', payload: { orderId: 'CMD-2026-1189' } }],
  ['2026-12-01T09:07:00+01:00', { type: 'payment.record', payload: { invoiceNumber: 'FAC-26-04377', amountCents: 241200, receivedOn: '2026-11-20', method: 'transfer' } }],
  ['2026-12-01T09:08:00+01:00', { type: 'consent.update', payload: { customerId: 'C-3390', channel: 'phone', purpose: 'canvassing', given: true, source: 'Appel du 01/12' } }],
  ['2026-12-01T09:09:00+01:00', { type: 'order.cancel', payload: { orderId: 'CMD-2026-1188', reason: 'Cliente partie sur le gris perle' } }],
];

function play() {
  const options = { today: '2026-11-30' };
  let state = createCrmState(crmTestFixtures, options);
  const log: CrmEvent[] = [];
  let refusals = 0;
  for (const [now, command] of SESSION) {
    const outcome = executeCrmCommand(state, command, { now, today: now.slice(0, 10) });
    if (!outcome.ok) {
      refusals += 1;
      continue;
    }
    log.push(...outcome.events);
    state = outcome.events.reduce(applyCrmEvent, state);
  }
  return { state, log, refusals, options };
}

describe('crmStateFrom: the CRM is a pure function of its log', () => {
  it('replays a session’s log to the very state the session reached', () => {
    const { state, log, refusals, options } = play();
    expect(refusals).toBe(1); // the first robot order, beyond stock without a backorder
    expect(log).toHaveLength(SESSION.length - 1);
    expect(crmStateFrom(crmTestFixtures, log, options)).toEqual(state);
  });

  it('replays the log read back from JSON, as the store keeps it', () => {
    const { state, log, options } = play();
    const stored = JSON.parse(JSON.stringify(log)) as CrmEvent[];
    expect(crmStateFrom(crmTestFixtures, stored, options)).toEqual(state);
  });

  it('reaches the same state every time, and the state survives JSON unchanged', () => {
    const first = play();
    const second = play();
    expect(second.log).toEqual(first.log);
    expect(JSON.parse(JSON.stringify(first.state))).toEqual(first.state);
  });

  it('folds the session’s facts in order', () => {
    const { state } = play();
    expect(state.today).toBe('2026-12-01');
    expect(state.orders['CMD-2026-1188']).toMatchObject({ status: 'cancelled' });
    expect(state.stock['ROB-VTG-12R']!['Cestas']).toMatchObject({ reserved: 3, backordered: 0 });
    expect(state.orders['CMD-2026-1189']).toMatchObject({ quoteNumber: 'DEV-2026-0001', status: 'confirmed' });
    expect(state.invoices['FAC-2026-5232']).toMatchObject({ orderId: 'CMD-2026-1189', totals: { inclVatCents: 23760 } });
    expect(state.creditNotes['AV-2026-0001']).toMatchObject({ invoiceNumber: 'FAC-26-05231' });
    expect(state.sequences).toMatchObject({ 'FAC-2026': 5232, 'AV-2026': 1, 'DEV-2026': 1, 'CMD-2026': 1189 });
  });
});
