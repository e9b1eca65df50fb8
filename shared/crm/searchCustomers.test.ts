import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { customerSearchIndex } from './customerSearchIndex';
import { acceptCommand, crmTestFixtures } from './crmTestFixtures';
import { searchCustomers } from './searchCustomers';

const state = createCrmState(crmTestFixtures, { today: '2026-11-30' });
const ids = (query: string, limit?: number) => searchCustomers(state, query, limit).map((hit) => hit.customer.id);

describe('searchCustomers by phone', () => {
  it.each(['06 12 34 56 78', '0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', '+33612345678', '0033612345678'])('finds Sandrine Roux by %s', (query) => {
    const [hit] = searchCustomers(state, query);
    expect(hit).toMatchObject({ customer: { id: 'C-1042' }, matches: [{ field: 'phone', kind: 'exact', value: '06 12 34 56 78' }] });
    expect(ids(query)).toEqual(['C-1042']);
  });

  it('finds by the last four digits or more, every number ending with them', () => {
    // 06 12 34 56 78 and 07 99 12 56 78 both end in 5678 and 2 56 78; only one ends in 34 56 78.
    expect(ids('5678').sort()).toEqual(['C-1042', 'C-8801']);
    expect(ids('56 78')).toHaveLength(2);
    expect(ids('34 56 78')).toEqual(['C-1042']);
    expect(searchCustomers(state, '345678')[0]!.matches).toEqual([{ field: 'phone', kind: 'suffix', value: '06 12 34 56 78' }]);
  });

  it('does not search on fewer than four digits', () => {
    expect(ids('678')).toEqual([]);
  });

  it('finds a business contact’s own number', () => {
    const { state: withContact } = acceptCommand(state, { type: 'contact.add', payload: { customerId: 'C-7315', name: 'Aurélie Masson', phone: '06 24 81 35 79' } });
    expect(searchCustomers(withContact, '06 24 81 35 79')[0]).toMatchObject({ customer: { id: 'C-7315' }, matches: [{ field: 'contactPhone', kind: 'exact' }] });
    expect(searchCustomers(withContact, 'masson')[0]).toMatchObject({ customer: { id: 'C-7315' }, matches: [{ field: 'contact', value: 'Aurélie Masson' }] });
  });
});

describe('searchCustomers by name or company', () => {
  it('ignores case and accents, and finds both namesakes', () => {
    expect(ids('sandrine roux').sort()).toEqual(['C-1042', 'C-2291']);
    expect(ids('HELENE LEFEVRE')).toEqual(['C-3390']);
    expect(ids('Hélène Lefèvre-Dubois')).toEqual(['C-3390']);
    expect(ids('elodie')).toEqual(['B-2041']);
  });

  it('matches word beginnings in any order', () => {
    expect(ids('rou sand').sort()).toEqual(['C-1042', 'C-2291']);
    expect(ids('dubois h')).toEqual(['C-3390']);
  });

  it('ranks an exact word before a word beginning, and a beginning before a substring', () => {
    // 'roux' is a whole word of Sandrine Roux (×2) and the beginning of nothing else; 'rou' begins Roux and Rousseau.
    expect(ids('roux')).toEqual(['C-1042', 'C-2291']);
    const rou = searchCustomers(state, 'rou');
    expect(rou.map((h) => h.customer.id)).toEqual(['C-8801', 'C-1042', 'C-2291']); // all prefixes: by name, Marc before Sandrine
    expect(rou.every((h) => h.matches[0]!.kind === 'prefix')).toBe(true);
    const ousse = searchCustomers(state, 'ousse');
    expect(ousse).toMatchObject([{ customer: { id: 'C-8801' }, matches: [{ kind: 'substring' }] }]);
    const ranked = searchCustomers(state, 'fabre');
    expect(ranked[0]!.score).toBeGreaterThan(searchCustomers(state, 'fab')[0]!.score);
  });

  it('puts a whole-name match before a word-beginning one', () => {
    const { state: withRouxel, id } = acceptCommand(state, {
      type: 'customer.create',
      payload: { kind: 'consumer', name: 'Sandrine Rouxel', phone: '02 99 31 45 12' },
    });
    const hits = searchCustomers(withRouxel, 'Sandrine Roux');
    expect(hits.map((h) => h.customer.id)).toEqual(['C-1042', 'C-2291', id]);
    expect(hits.map((h) => h.matches[0]!.kind)).toEqual(['exact', 'exact', 'prefix']);
    expect(hits[0]!.matches).toEqual([{ field: 'name', kind: 'exact', value: 'Sandrine Roux' }]);
  });

  it('finds a company by a word of its name, and says it was the company', () => {
    expect(searchCustomers(state, 'lumio')).toMatchObject([{ customer: { id: 'C-7315' }, matches: [{ field: 'company', kind: 'word', value: 'Lumio Conseil (SAS)' }] }]);
    expect(ids('comptoir chartrons')).toEqual(['B-2041']);
  });

  it('needs three letters to look inside words', () => {
    expect(ids('ss')).toEqual([]);
  });
});

describe('searchCustomers by e-mail, customer, order and invoice number', () => {
  it('finds by e-mail, whatever the case, or by its beginning', () => {
    expect(searchCustomers(state, 'Sandrine.Roux@Example.com')).toMatchObject([{ customer: { id: 'C-1042' }, matches: [{ field: 'email', kind: 'exact' }] }]);
    expect(searchCustomers(state, 's.roux67@')).toMatchObject([{ customer: { id: 'C-2291' }, matches: [{ field: 'email', kind: 'prefix' }] }]);
  });

  it('finds by customer number, with or without the dash', () => {
    expect(searchCustomers(state, 'C-7315')).toMatchObject([{ customer: { id: 'C-7315' }, matches: [{ field: 'customerId', kind: 'exact' }] }]);
    expect(ids('c7315')).toEqual(['C-7315']);
    expect(ids('b-2041')).toEqual(['B-2041']);
  });

  it('finds by order number, as written or read out', () => {
    expect(searchCustomers(state, 'CMD-88311')).toMatchObject([{ customer: { id: 'C-1042' }, matches: [{ field: 'orderNumber', value: 'CMD-88311' }] }]);
    expect(ids('cmd 88311')).toEqual(['C-1042']);
    expect(ids('88311')).toEqual(['C-1042']);
  });

  it('finds by invoice number', () => {
    expect(searchCustomers(state, 'FAC-26-05231')).toMatchObject([{ customer: { id: 'C-7315' }, matches: [{ field: 'invoiceNumber', value: 'FAC-26-05231' }] }]);
  });

  it('finds an order created during the session', () => {
    const { state: later, id } = acceptCommand(state, { type: 'order.create', payload: { customerId: 'C-3390', lines: [{ sku: 'AMP-027', quantity: 1 }] } });
    expect(searchCustomers(later, id).map((h) => h.customer.id)).toEqual(['C-3390']);
  });
});

describe('searchCustomers: limits and index', () => {
  it('returns nothing for an empty query and at most `limit` hits', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('r', 2)).toHaveLength(2);
  });

  it('keeps the index while customers do not change', () => {
    const index = customerSearchIndex(state);
    const noted = acceptCommand(state, { type: 'note.write', payload: { customerId: 'C-1042', author: 'Julie', direction: 'inbound', text: 'Appel' } }).state;
    expect(customerSearchIndex(noted)).toBe(index);
  });

  it('indexes only the changed customers on top of the earlier index, and forgets their old values', () => {
    const index = customerSearchIndex(state);
    const updated = acceptCommand(state, {
      type: 'customer.update',
      payload: { customerId: 'C-1042', name: 'Sandrine Roux-Martin', phone: '06 98 76 54 32', email: 'sandrine.martin@example.com' },
    }).state;
    const overlaid = customerSearchIndex(updated);
    expect(overlaid.base).toBe(index.base);
    expect([...overlaid.hidden]).toEqual(['C-1042']);
    expect(ids('martin')).toEqual([]);
    expect(searchCustomers(updated, 'martin').map((h) => h.customer.id)).toEqual(['C-1042']);
    expect(searchCustomers(updated, '06 98 76 54 32').map((h) => h.customer.id)).toEqual(['C-1042']);
    expect(searchCustomers(updated, '06 12 34 56 78')).toEqual([]);
    expect(searchCustomers(updated, 'sandrine.roux@example.com')).toEqual([]);
    // C-2291 is now the only whole-name 'Sandrine Roux'; C-1042 still has both words.
    expect(searchCustomers(updated, 'sandrine roux').map((h) => h.customer.id)).toEqual(['C-2291', 'C-1042']);
    expect(searchCustomers(updated, 'C-1042')).toHaveLength(1);
    expect(searchCustomers(updated, 'sandrine roux martin')[0]!.matches[0]).toEqual({ field: 'name', kind: 'exact', value: 'Sandrine Roux-Martin' });
  });

  it('finds the same customers with an overlaid index as with a full one', () => {
    let later = state;
    for (let i = 0; i < 300; i += 1) {
      later = acceptCommand(later, {
        type: 'customer.create',
        payload: { kind: 'consumer', name: `Client Essai ${i}`, phone: `01 45 67 ${String(Math.floor(i / 100)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`, duplicateConfirmed: true },
      }).state;
      if (i === 10 || i === 299) {
        const query = i === 10 ? 'essai' : '01 45 67 02 99';
        // Every customer a new object: nothing of the earlier index can be reused for them.
        const fresh = { ...later, customers: structuredClone(later.customers) };
        expect(searchCustomers(later, query, 1000)).toEqual(searchCustomers(fresh, query, 1000));
      }
    }
    expect(searchCustomers(later, 'essai', 1000)).toHaveLength(300); // past 256 changes: rebuilt in full
  });
});
