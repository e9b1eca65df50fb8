import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures, refuseCommand } from './crmTestFixtures';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('confirmation.send: the written confirmation of a phone offer', () => {
  const quoted = acceptCommand(initial, { type: 'quote.create', payload: { customerId: 'C-1042', lines: [{ sku: 'LMP-204', quantity: 1 }, { sku: 'AMP-027', quantity: 2 }] } });
  const allMentions = { precontractInformation: true, priceInclVat: true, withdrawalRight: true, withdrawalForm: true };
  const confirm = (mentions: Partial<typeof allMentions>, to = 'sandrine.roux@example.com') => ({
    type: 'confirmation.send' as const,
    payload: { customerId: 'C-1042', quoteNumber: quoted.id, channel: 'email' as const, to, mentions: { ...allMentions, ...mentions } },
  });

  it('is sent with every mandatory mention, stating the quote’s price including VAT', () => {
    const { state, id, events } = acceptCommand(quoted.state, confirm({}));
    expect(id).toBe('CONF-0001');
    expect(state.confirmations[id]).toMatchObject({ quoteNumber: quoted.id, priceInclVatCents: 14700, to: 'sandrine.roux@example.com', sentAt: '2026-11-30T10:15:00+01:00' });
    expect(events[0]).toMatchObject({ type: 'confirmation.sent' });
  });

  it('is refused without the 14-day withdrawal right, or without the form, naming what is missing', () => {
    const error = refuseCommand(quoted.state, confirm({ withdrawalRight: false, withdrawalForm: false }));
    expect(error).toMatchObject({ code: 'confirmation.mentions-missing', field: 'mentions.withdrawalRight' });
    expect(error.message.fr).toContain('le droit de rétractation de 14 jours ; le formulaire type de rétractation');
    expect(error.message.en).toContain('the 14-day right of withdrawal; the standard withdrawal form');
  });

  it.each([['precontractInformation'], ['priceInclVat'], ['withdrawalRight'], ['withdrawalForm']] as const)('is refused without %s', (mention) => {
    expect(refuseCommand(quoted.state, confirm({ [mention]: false })).field).toBe(`mentions.${mention}`);
  });

  it('is refused to an invalid address or for an expired quote', () => {
    expect(refuseCommand(quoted.state, confirm({}, 'sandrine.roux@example'))).toMatchObject({ code: 'email.invalid', field: 'to' });
    expect(refuseCommand(quoted.state, confirm({}), { now: '2026-12-31T09:00:00+01:00', today: '2026-12-31' }).code).toBe('quote.expired');
  });

  it('confirms an order at its total including VAT', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'confirmation.send',
      payload: { customerId: 'C-1042', orderId: 'CMD-88311', channel: 'post', to: '12 rue Paul-Bellamy, 44000 Nantes', mentions: allMentions },
    });
    expect(state.confirmations[id]!.priceInclVatCents).toBe(14700);
  });
});

describe('tickets', () => {
  it('opens a ticket linked to the customer’s order and updates it', () => {
    const opened = acceptCommand(initial, { type: 'ticket.open', payload: { customerId: 'C-1042', orderId: 'CMD-88311', subject: 'Colis perdu : renvoi express de la lampe' } });
    expect(opened.state.tickets[opened.id]).toMatchObject({ status: 'open', openedOn: '2026-11-30', orderId: 'CMD-88311' });
    const closed = acceptCommand(opened.state, { type: 'ticket.update', payload: { ticketId: opened.id, status: 'closed', comment: 'Renvoi livré le 02/12.' } });
    expect(closed.state.tickets[opened.id]).toMatchObject({ status: 'closed', updates: [{ status: 'closed', comment: 'Renvoi livré le 02/12.' }] });
    expect(refuseCommand(closed.state, { type: 'ticket.update', payload: { ticketId: opened.id, status: 'closed', comment: 'x' } }).code).toBe('ticket.already-closed');
  });

  it('refuses a link to another customer’s order', () => {
    expect(refuseCommand(initial, { type: 'ticket.open', payload: { customerId: 'C-2291', orderId: 'CMD-88311', subject: 'Colis perdu' } })).toMatchObject({
      code: 'order.other-customer',
      message: { fr: 'Commande CMD-88311 n’appartient pas au client C-2291 : vérifiez la fiche ouverte.' },
    });
  });
});

describe('callbacks, tasks and call notes', () => {
  it('schedules a callback in the future, and refuses one in the past', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'callback.schedule',
      payload: { customerId: 'C-7315', dueAt: '2026-12-01T15:00:00+01:00', assignee: 'Julie Marchand', about: 'Confirmer l’avoir AV-2026-0001', phone: '06 71 33 92 08' },
    });
    expect(id).toBe('RAP-0001');
    expect(state.callbacks[id]).toMatchObject({ assignee: 'Julie Marchand', phone: { e164: '+33671339208' } });
    expect(
      refuseCommand(initial, { type: 'callback.schedule', payload: { customerId: 'C-7315', dueAt: '2026-11-30T10:14:59+01:00', assignee: 'Julie', about: 'x' } }).code,
    ).toBe('callback.past');
  });

  it('creates a task due today or later, and refuses one due yesterday', () => {
    const { state, id } = acceptCommand(initial, { type: 'task.create', payload: { dueDate: '2026-11-30', dueTime: '16:30', assignee: 'Service comptabilité', about: 'Rapprocher le virement du 20/11' } });
    expect(state.tasks[id]).toMatchObject({ customerId: null, dueTime: '16:30' });
    expect(refuseCommand(initial, { type: 'task.create', payload: { dueDate: '2026-11-29', assignee: 'x', about: 'x' } }).code).toBe('task.past');
  });

  it('writes a call note linked to the customer’s ticket and invoice', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'note.write',
      payload: {
        customerId: 'C-1042',
        author: 'Julie Marchand',
        direction: 'inbound',
        text: 'Cliente informée de la perte du colis ; renvoi express proposé et accepté.',
        ticketId: 'T-5521',
        invoiceNumber: 'FAC-26-04518',
      },
    });
    expect(state.notes[id]).toMatchObject({ id: 'N-0001', at: '2026-11-30T10:15:00+01:00', ticketId: 'T-5521' });
    expect(refuseCommand(initial, { type: 'note.write', payload: { customerId: 'C-1042', author: 'J', direction: 'inbound', text: 'x', ticketId: 'T-0' } }).code).toBe('ticket.not-found');
  });
});
