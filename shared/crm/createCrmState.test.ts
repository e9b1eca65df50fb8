import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../scenario/checkScenario';
import { createCrmState } from './createCrmState';
import { crmTestFixtures } from './crmTestFixtures';
import { invoiceStatus } from './invoiceStatus';
import { nextDocumentNumber } from './documentNumber';

const state = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('createCrmState', () => {
  it('normalises customers: E.164 phone with its French display, kind, loyalty', () => {
    expect(state.customers['C-1042']).toMatchObject({
      kind: 'consumer',
      phone: { e164: '+33612345678', display: '06 12 34 56 78' },
      loyalty: { tier: 'Fidèle', contractEnd: null, churnRisk: null },
      contacts: [],
    });
    expect(state.customers['C-3390']).toMatchObject({
      phone: { e164: '+33645129870', display: '06 45 12 98 70' },
      loyalty: { contractEnd: '2027-03-14', churnRisk: 'high' },
    });
    expect(state.customers['C-7315']).toMatchObject({ kind: 'business', siret: '84294182500080', company: 'Lumio Conseil (SAS)' });
  });

  it('turns euros into cents and VAT percentages into basis points', () => {
    expect(state.products['LMP-204']).toMatchObject({ unitPriceExclVatCents: 10750, vatRateBp: 2000 });
    expect(state.products['HUI-COL-5L']).toMatchObject({ unitPriceExclVatCents: 980, vatRateBp: 550 });
    expect(state.orders['CMD-88311']!.lines.map((l) => [l.sku, l.unitPriceExclVatCents, l.vatRateBp])).toEqual([
      ['LMP-204', 10750, 2000],
      ['AMP-027', 750, 2000],
    ]);
  });

  it('keeps stock per SKU and warehouse, incoming deliveries sorted by date', () => {
    expect(state.stock['ROB-VTG-12R']!['Cestas']).toEqual({
      sku: 'ROB-VTG-12R',
      warehouse: 'Cestas',
      onHand: 3,
      reserved: 3,
      backordered: 0,
      incoming: [
        { quantity: 12, date: '2026-12-10' },
        { quantity: 10, date: '2027-01-15' },
      ],
    });
  });

  it('takes an invoice’s lines from its order when the order adds up to the invoiced total', () => {
    // CMD-88311: 107.50 + 2 × 7.50 = 122.50 € HT → 147.00 € TTC, as invoiced.
    expect(state.invoices['FAC-26-04518']).toMatchObject({
      totals: { exclVatCents: 12250, vatCents: 2450, inclVatCents: 14700 },
      payments: [{ amountCents: 14700 }],
    });
    expect(state.invoices['FAC-26-04518']!.lines).toHaveLength(2);
  });

  it('leaves the lines unknown when the invoice does not match its order (the disputed invoice)', () => {
    expect(state.invoices['FAC-26-05231']).toMatchObject({
      lines: [],
      totals: { exclVatCents: null, vatCents: null, inclVatCents: 502200 },
      disputed: true,
      payments: [],
    });
  });

  it('derives invoice statuses from the dates and payments', () => {
    expect(invoiceStatus(state, state.invoices['FAC-26-04518']!)).toBe('paid');
    expect(invoiceStatus(state, state.invoices['FAC-26-05231']!)).toBe('due'); // due 13 December
    expect(invoiceStatus(state, state.invoices['FAC-26-04377']!)).toBe('overdue'); // due 15 November, unpaid
  });

  it('groups consents by customer', () => {
    expect(state.consents['C-3390']).toEqual([
      { channel: 'phone', purpose: 'canvassing', given: false, date: '2019-04-02', source: 'Contrat : case non cochée' },
      { channel: 'email', purpose: 'newsletter', given: true, date: '2019-04-02', source: 'Souscription en ligne' },
    ]);
  });

  it('continues each numbered series after the highest number in the fixtures', () => {
    expect(nextDocumentNumber(state.sequences, 'FAC', '2026-11-30')).toBe('FAC-2026-5232');
    expect(nextDocumentNumber(state.sequences, 'CMD', '2026-11-30')).toBe('CMD-2026-1188');
    expect(nextDocumentNumber(state.sequences, 'AV', '2026-11-30')).toBe('AV-2026-0001');
  });

  it('refuses a day that is not a date', () => {
    expect(() => createCrmState({}, { today: '30/11/2026' })).toThrow(RangeError);
  });

  it('reads the CRM fixtures of every scenario in the library', () => {
    const files = readdirSync('scenarios', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.scenario.yaml'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const { scenario } = checkScenarioText(readFileSync(join('scenarios', file), 'utf8'), file);
      if (!scenario?.crm) continue;
      const crm = createCrmState(scenario.crm, { today: '2026-11-30' });
      for (const customer of scenario.crm.customers ?? []) {
        expect(crm.customers[customer.id]?.phone?.e164, `${file}: ${customer.id}`).toMatch(/^\+\d{8,15}$/);
      }
      for (const invoice of Object.values(crm.invoices)) {
        expect(Number.isInteger(invoice.totals.inclVatCents), `${file}: ${invoice.number}`).toBe(true);
      }
    }
  });
});
