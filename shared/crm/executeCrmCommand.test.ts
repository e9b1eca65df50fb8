import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { CRM_TEST_CONTEXT, crmTestFixtures } from './crmTestFixtures';
import { executeCrmCommand } from './executeCrmCommand';

const state = createCrmState(crmTestFixtures, { today: '2026-11-30' });
const run = (command: unknown) => executeCrmCommand(state, command, CRM_TEST_CONTEXT);

describe('executeCrmCommand: the payload is checked before any rule', () => {
  it('refuses an unknown field in the payload, naming it', () => {
    const outcome = run({ type: 'note.write', payload: { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'Rappel', mood: 'agacée' } });
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'payload.unknown-field',
        field: 'mood',
        message: { fr: expect.stringContaining('Champ inconnu : mood'), en: expect.stringContaining('Unknown field: mood') },
      },
    });
  });

  it('refuses an unknown field nested in a line, with its path', () => {
    const outcome = run({ type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 1, discount: 10 }] } });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'payload.unknown-field', field: 'lines.0.discount' } });
  });

  it('refuses an unknown field beside the payload', () => {
    expect(run({ type: 'note.write', payload: {}, sessionId: 'x' })).toMatchObject({ ok: false, error: { code: 'payload.unknown-field', field: 'sessionId' } });
  });

  it('refuses a missing field, a wrong type, an empty text, a bad date and a value outside a list', () => {
    expect(run({ type: 'ticket.open', payload: { customerId: 'C-1042' } })).toMatchObject({ ok: false, error: { code: 'payload.missing', field: 'subject' } });
    expect(run({ type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: '2' }] } })).toMatchObject({
      ok: false,
      error: { code: 'payload.invalid-type', field: 'lines.0.quantity' },
    });
    expect(run({ type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12G', quantity: 0 }] } })).toMatchObject({
      ok: false,
      error: { code: 'payload.too-small', field: 'lines.0.quantity' },
    });
    expect(run({ type: 'ticket.open', payload: { customerId: 'C-1042', subject: '   ' } })).toMatchObject({ ok: false, error: { code: 'payload.empty', field: 'subject' } });
    expect(run({ type: 'task.create', payload: { dueDate: '2026-02-30', assignee: 'Julie', about: 'Relancer' } })).toMatchObject({
      ok: false,
      error: { code: 'payload.date', field: 'dueDate', message: { fr: expect.stringContaining('AAAA-MM-JJ') } },
    });
    expect(run({ type: 'ticket.update', payload: { ticketId: 'T-5521', status: 'solved', comment: 'ok' } })).toMatchObject({
      ok: false,
      error: { code: 'payload.invalid-value', field: 'status' },
    });
    expect(run({ type: 'callback.schedule', payload: { customerId: 'C-1042', dueAt: '2026-12-01 10:00', assignee: 'Julie', about: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'payload.instant', field: 'dueAt' },
    });
  });

  it('refuses an unknown command', () => {
    expect(run({ type: 'order.delete', payload: {} })).toMatchObject({ ok: false, error: { code: 'command.unknown', field: 'type' } });
    expect(run(null)).toMatchObject({ ok: false, error: { code: 'command.unknown' } });
  });

  it('gives every refusal in French and in English', () => {
    for (const command of [
      { type: 'order.create', payload: { customerId: 'C-9999', lines: [{ sku: 'LMP-204', quantity: 1 }] } },
      { type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 1 }], warehouse: 'Cestas' } },
      { type: 'creditNote.issue', payload: { invoiceNumber: 'FAC-26-04518', reason: 'x', amount: { inclVatCents: 14701, vatRateBp: 2000 } } },
    ]) {
      const outcome = run(command);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.error.message.fr.length).toBeGreaterThan(10);
      expect(outcome.error.message.en.length).toBeGreaterThan(10);
      expect(outcome.error.message.fr).not.toBe(outcome.error.message.en);
    }
  });

  it('changes nothing when it refuses: the state is the same object, deeply unchanged', () => {
    const before = structuredClone(state);
    const outcome = run({ type: 'order.create', payload: { customerId: 'C-5583', lines: [{ sku: 'ROB-VTG-12R', quantity: 20 }] } });
    expect(outcome.ok).toBe(false);
    expect(state).toEqual(before);
  });

  it('throws on a malformed context, which is the server’s mistake, not the candidate’s', () => {
    expect(() => executeCrmCommand(state, { type: 'task.create', payload: {} }, { now: '2026-11-30 10:00', today: '2026-11-30' })).toThrow(RangeError);
    expect(() => executeCrmCommand(state, { type: 'task.create', payload: {} }, { now: CRM_TEST_CONTEXT.now, today: '30/11/2026' })).toThrow(RangeError);
  });

  it('returns the fact the scenario sees for an accepted command', () => {
    const outcome = run({ type: 'ticket.open', payload: { customerId: 'C-1042', orderId: 'CMD-88311', subject: 'Colis perdu : renvoi express' } });
    expect(outcome).toMatchObject({ ok: true, result: { id: 'T-2026-0001', fact: { verb: 'created', entity: 'ticket', ref: 'T-2026-0001' } } });
  });
});
