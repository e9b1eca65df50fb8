import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures, refuseCommand } from './crmTestFixtures';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('customer.create', () => {
  it('creates a consumer with a normalised phone and e-mail, numbered after the highest C- number', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'customer.create',
      payload: { kind: 'consumer', name: 'Gérard Pichon', phone: '02.41.51.63.28', email: ' G.Pichon49@Example.com ', address: '5 rue du Temple, 49400 Saumur' },
    });
    expect(id).toBe('C-8802');
    expect(state.customers[id]).toMatchObject({
      kind: 'consumer',
      phone: { e164: '+33241516328', display: '02 41 51 63 28' },
      email: 'g.pichon49@example.com',
      since: '2026-11-30',
      siret: null,
    });
  });

  it('creates a business with a checked SIRET', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'customer.create',
      payload: { kind: 'business', name: 'Arnaud Cholet', company: 'Confiturerie des Monts du Forez (SAS)', siret: '510 175 441 00011', phone: '04 77 24 08 15' },
    });
    expect(state.customers[id]).toMatchObject({ siret: '51017544100011', company: 'Confiturerie des Monts du Forez (SAS)' });
  });

  it('refuses an invalid phone, e-mail or SIRET, pointing at the field', () => {
    const base = { kind: 'business' as const, name: 'Arnaud Cholet', company: 'Confiturerie des Monts du Forez (SAS)' };
    expect(refuseCommand(initial, { type: 'customer.create', payload: { ...base, phone: '04 77 24 08' } })).toMatchObject({ code: 'phone.invalid', field: 'phone' });
    expect(refuseCommand(initial, { type: 'customer.create', payload: { ...base, email: 'a.cholet@confiturerie' } })).toMatchObject({ code: 'email.invalid', field: 'email' });
    expect(refuseCommand(initial, { type: 'customer.create', payload: { ...base, phone: '04 77 24 08 15', siret: '51017544100012' } })).toMatchObject({
      code: 'siret.checksum',
      field: 'siret',
    });
  });

  it('refuses a business without a company, a consumer with a SIRET, and a record nobody can be reached at', () => {
    expect(refuseCommand(initial, { type: 'customer.create', payload: { kind: 'business', name: 'A. Cholet', phone: '04 77 24 08 15' } }).code).toBe('customer.company-required');
    expect(refuseCommand(initial, { type: 'customer.create', payload: { kind: 'consumer', name: 'A. Cholet', siret: '51017544100011', phone: '04 77 24 08 15' } }).code).toBe(
      'customer.siret-consumer',
    );
    expect(refuseCommand(initial, { type: 'customer.create', payload: { kind: 'consumer', name: 'A. Cholet' } }).code).toBe('customer.contact-required');
  });

  it('refuses a likely duplicate (same number written otherwise) unless the candidate confirms it', () => {
    const duplicate = { kind: 'consumer' as const, name: 'S. Roux', phone: '+33 6 12 34 56 78' };
    const error = refuseCommand(initial, { type: 'customer.create', payload: duplicate });
    expect(error).toMatchObject({ code: 'customer.duplicate', field: 'phone' });
    expect(error.message.fr).toContain('C-1042');
    expect(refuseCommand(initial, { type: 'customer.create', payload: { kind: 'consumer', name: 'S. Roux', email: 'SANDRINE.ROUX@example.com' } })).toMatchObject({
      code: 'customer.duplicate',
      field: 'email',
    });
    acceptCommand(initial, { type: 'customer.create', payload: { ...duplicate, duplicateConfirmed: true } });
  });
});

describe('customer.update', () => {
  it('records only the fields that change, normalised', () => {
    const { events, state } = acceptCommand(initial, {
      type: 'customer.update',
      payload: { customerId: 'C-1042', phone: '0612345678', email: 'sandrine.roux@orange.fr', address: '12 rue Paul-Bellamy, 44000 Nantes' },
    });
    expect(events).toMatchObject([{ type: 'customer.updated', customerId: 'C-1042', changes: { email: 'sandrine.roux@orange.fr' } }]);
    expect(Object.keys((events[0] as { changes: object }).changes)).toEqual(['email']);
    expect(state.customers['C-1042']!.email).toBe('sandrine.roux@orange.fr');
  });

  it('clears a field with null', () => {
    const { state } = acceptCommand(initial, { type: 'customer.update', payload: { customerId: 'C-1042', email: null } });
    expect(state.customers['C-1042']!.email).toBeNull();
  });

  it('refuses an update that changes nothing, an invalid value, and a SIRET for a consumer', () => {
    expect(refuseCommand(initial, { type: 'customer.update', payload: { customerId: 'C-1042', phone: '+33 6 12 34 56 78' } }).code).toBe('customer.no-change');
    expect(refuseCommand(initial, { type: 'customer.update', payload: { customerId: 'C-1042', email: 'sandrine.roux@@orange.fr' } }).field).toBe('email');
    expect(refuseCommand(initial, { type: 'customer.update', payload: { customerId: 'C-1042', siret: '84294182500080' } }).code).toBe('customer.siret-consumer');
    expect(refuseCommand(initial, { type: 'customer.update', payload: { customerId: 'C-7315', company: null } }).code).toBe('customer.company-required');
  });
});

describe('contact.add and consent.update', () => {
  it('adds a person at a business customer', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'contact.add',
      payload: { customerId: 'C-7315', name: 'Aurélie Masson', role: 'Assistante', email: 'a.masson@lumio-conseil.fr', phone: '04 76 48 21 38' },
    });
    expect(id).toBe('C-7315-1');
    expect(state.customers['C-7315']!.contacts).toEqual([
      { id: 'C-7315-1', name: 'Aurélie Masson', role: 'Assistante', phone: { e164: '+33476482138', display: '04 76 48 21 38' }, email: 'a.masson@lumio-conseil.fr' },
    ]);
    expect(refuseCommand(initial, { type: 'contact.add', payload: { customerId: 'C-1042', name: 'Paul Roux' } }).code).toBe('contact.consumer');
  });

  it('replaces the consent of the same channel and purpose, dated today with its source', () => {
    const { state } = acceptCommand(initial, {
      type: 'consent.update',
      payload: { customerId: 'C-3390', channel: 'phone', purpose: 'canvassing', given: true, source: 'Accord oral enregistré, appel du 30/11/2026' },
    });
    expect(state.consents['C-3390']).toEqual([
      { channel: 'email', purpose: 'newsletter', given: true, date: '2019-04-02', source: 'Souscription en ligne' },
      { channel: 'phone', purpose: 'canvassing', given: true, date: '2026-11-30', source: 'Accord oral enregistré, appel du 30/11/2026' },
    ]);
  });
});
