import type { CrmFixtures } from '../scenario/scenarioSchema';
import { applyCrmEvent } from './applyCrmEvent';
import type { CrmCommandContext } from './crmCommandOutcome';
import type { CrmCommand } from './crmCommandSchema';
import type { CrmState } from './crmEntities';
import type { CrmEvent } from './crmEvents';
import type { CrmRefusal } from './crmRefusal';
import { executeCrmCommand } from './executeCrmCommand';

// Test data for the CRM's tests, taken from the scenario library (colis-en-retard,
// litige-facture, rupture-de-stock, commande-b2b-restaurant) plus a few records that sit on the
// edges the tests need: a namesake, a shared phone tail, an accented hyphenated name.

/** Monday 30 November 2026, 10:15 in Paris. */
export const CRM_TEST_CONTEXT: CrmCommandContext = { now: '2026-11-30T10:15:00+01:00', today: '2026-11-30' };

export const crmTestFixtures: CrmFixtures = {
  customers: [
    {
      id: 'C-1042',
      kind: 'consumer',
      name: 'Sandrine Roux',
      phone: '06 12 34 56 78',
      email: 'sandrine.roux@example.com',
      address: '12 rue Paul-Bellamy, 44000 Nantes',
      since: '2024-03-02',
      tier: 'Fidèle',
    },
    {
      id: 'C-2291',
      kind: 'consumer',
      name: 'Sandrine Roux',
      phone: '03 88 41 27 90',
      email: 's.roux67@example.com',
      address: '5 quai des Bateliers, 67000 Strasbourg',
      since: '2025-09-14',
    },
    {
      id: 'C-7315',
      kind: 'business',
      name: 'Julien Berthier',
      company: 'Lumio Conseil (SAS)',
      siret: '84294182500080',
      phone: '04 76 48 21 37',
      email: 'j.berthier@lumio-conseil.fr',
      address: '14 avenue Alsace-Lorraine, 38000 Grenoble',
      since: '2023-02-06',
      tier: 'Compte PME',
    },
    {
      id: 'C-5583',
      kind: 'consumer',
      name: 'Brigitte Fabre',
      phone: '06 83 41 27 65',
      email: 'brigitte.fabre31@example.com',
      address: '18 rue des Fontaines, 31400 Toulouse',
      since: '2025-12-03',
    },
    {
      id: 'B-2041',
      kind: 'business',
      name: 'Élodie Garnier',
      company: 'SARL Le Comptoir des Chartrons',
      siret: '53053041900015',
      phone: '05 56 48 21 37',
      email: 'commandes.comptoirchartrons@example.com',
      address: '34 rue Notre-Dame, 33000 Bordeaux',
      since: '2022-03-15',
      tier: 'Client régulier',
    },
    {
      id: 'C-3390',
      kind: 'consumer',
      name: 'Hélène Lefèvre-Dubois',
      phone: '+33 6 45 12 98 70',
      email: 'helene.lefevre@example.fr',
      address: '3 place du Martroi, 45000 Orléans',
      since: '2021-06-01',
      contract_end: '2027-03-14',
      churn_risk: 'high',
      tier: 'Fidèle',
    },
    {
      id: 'C-8801',
      kind: 'consumer',
      name: 'Marc Rousseau',
      phone: '07 99 12 56 78',
      email: 'marc.rousseau@example.org',
      address: '9 rue Nationale, 37000 Tours',
      since: '2020-01-20',
    },
  ],
  products: [
    { sku: 'LMP-204', name: 'Lampe à poser Opaline, laiton et verre opalin', price: 107.5, vat: 20, unit: 'pièce' },
    { sku: 'AMP-027', name: 'Ampoule LED filament E27, 2700 K', price: 7.5, vat: 20, unit: 'pièce' },
    {
      sku: 'ROB-VTG-12R',
      name: 'Robot pâtissier Vertigo 1200 W, bol inox 5 L, rouge cerise',
      price: 290,
      vat: 20,
      unit: 'pièce',
      substitutes: ['ROB-VTG-12G', 'ROB-VTG-15P'],
    },
    { sku: 'ROB-VTG-12G', name: 'Robot pâtissier Vertigo 1200 W, bol inox 5 L, gris perle', price: 290, vat: 20, unit: 'pièce' },
    { sku: 'ROB-VTG-15P', name: 'Robot pâtissier Vertigo Pro 1500 W, bol inox 6,5 L, rouge cerise', price: 415, vat: 20, unit: 'pièce' },
    { sku: 'HUI-COL-5L', name: 'Huile de colza, bidon 5 L', price: 9.8, vat: 5.5, unit: 'bidon' },
    { sku: 'CRM-35-1L', name: 'Crème liquide 35 % MG UHT, brique 1 L', price: 4.4, vat: 5.5, unit: 'brique' },
    { sku: 'LIV-DOM', name: 'Livraison à domicile sur rendez-vous', price: 32.5, vat: 20, unit: 'forfait' },
  ],
  stock: [
    {
      sku: 'ROB-VTG-12R',
      warehouse: 'Cestas',
      on_hand: 3,
      reserved: 3,
      incoming: [
        { quantity: 10, date: '2027-01-15' },
        { quantity: 12, date: '2026-12-10' },
      ],
    },
    { sku: 'ROB-VTG-12R', warehouse: 'Saint-Priest', on_hand: 5, reserved: 1 },
    { sku: 'ROB-VTG-12G', warehouse: 'Cestas', on_hand: 7, reserved: 2 },
    { sku: 'ROB-VTG-15P', warehouse: 'Cestas', on_hand: 4, reserved: 0 },
    { sku: 'LMP-204', warehouse: 'Corbas', on_hand: 6, reserved: 4, incoming: [{ quantity: 20, date: '2026-12-14' }] },
    { sku: 'AMP-027', warehouse: 'Corbas', on_hand: 340, reserved: 25 },
    { sku: 'HUI-COL-5L', warehouse: 'Mérignac', on_hand: 200, reserved: 20 },
    { sku: 'CRM-35-1L', warehouse: 'Mérignac', on_hand: 620, reserved: 184 },
  ],
  orders: [
    {
      id: 'CMD-88311',
      customer: 'C-1042',
      date: '2026-11-16',
      status: 'shipped',
      lines: [
        { sku: 'LMP-204', quantity: 1, price: 107.5 },
        { sku: 'AMP-027', quantity: 2, price: 7.5 },
      ],
      carrier: 'Ferlane Express',
      tracking: 'FX6A04187753',
      promised: '2026-11-20',
    },
    {
      id: 'CMD-26-1187',
      customer: 'C-7315',
      date: '2026-10-20',
      status: 'delivered',
      lines: [{ sku: 'LMP-204', quantity: 4, price: 99 }],
      promised: '2026-11-12',
    },
  ],
  invoices: [
    { id: 'FAC-26-04518', customer: 'C-1042', order: 'CMD-88311', date: '2026-11-16', due: '2026-11-16', status: 'paid', total: 147 },
    { id: 'FAC-26-05231', customer: 'C-7315', order: 'CMD-26-1187', date: '2026-11-13', due: '2026-12-13', status: 'disputed', total: 5022 },
    { id: 'FAC-26-04377', customer: 'B-2041', date: '2026-10-16', due: '2026-11-15', status: 'due', total: 2412 },
  ],
  tickets: [
    {
      id: 'T-5521',
      customer: 'C-1042',
      order: 'CMD-88311',
      subject: 'Enquête transporteur Ferlane : colis FX6A04187753 non localisé depuis le 18/11.',
      status: 'pending',
      opened: '2026-11-23',
    },
  ],
  consents: [
    { customer: 'C-3390', channel: 'phone', purpose: 'canvassing', given: false, date: '2019-04-02', source: 'Contrat : case non cochée' },
    { customer: 'C-3390', channel: 'email', purpose: 'newsletter', given: true, date: '2019-04-02', source: 'Souscription en ligne' },
  ],
};

/** Runs a command that must be accepted and folds its events; throws with the refusal otherwise. */
export function acceptCommand(
  state: CrmState,
  command: CrmCommand,
  context: CrmCommandContext = CRM_TEST_CONTEXT,
): { state: CrmState; events: CrmEvent[]; id: string } {
  const outcome = executeCrmCommand(state, command, context);
  if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.code} — ${outcome.error.message.en}`);
  return { state: outcome.events.reduce(applyCrmEvent, state), events: outcome.events, id: outcome.result.id };
}

/** Runs a command that must be refused and returns the refusal. */
export function refuseCommand(state: CrmState, command: CrmCommand, context: CrmCommandContext = CRM_TEST_CONTEXT): CrmRefusal {
  const outcome = executeCrmCommand(state, command, context);
  if (outcome.ok) throw new Error(`${command.type} accepted, expected a refusal: ${JSON.stringify(outcome.events)}`);
  return outcome.error;
}
