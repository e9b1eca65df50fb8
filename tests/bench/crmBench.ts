import { applyCrmEvent } from '../../shared/crm/applyCrmEvent';
import { createCrmState } from '../../shared/crm/createCrmState';
import { customerSearchIndex } from '../../shared/crm/customerSearchIndex';
import { documentNumberIndex } from '../../shared/crm/documentNumberIndex';
import { executeCrmCommand } from '../../shared/crm/executeCrmCommand';
import { searchCustomers } from '../../shared/crm/searchCustomers';
import type { CrmFixtures } from '../../shared/scenario/scenarioSchema';
import { percentile } from './percentile';

const CUSTOMERS = 10_000;
const SEARCHES = 2_000;

/**
 * Builds a CRM of 10,000 generated customers (seeded, so every run is the same) and times
 * `searchCustomers` on 2,000 mixed queries as candidates type them: full phone numbers in several
 * French formats, the last digits of a number, name beginnings, e-mails, customer and order
 * numbers. Each query's expected customer must be among the hits. Target: p95 ≤ 10 ms.
 */
export async function crmBench(): Promise<Record<string, number>> {
  const random = mulberry32(28662);
  const fixtures = generateFixtures(random);
  const state = createCrmState(fixtures, { today: '2026-11-30' });
  const customers = fixtures.customers!;

  const t0 = performance.now();
  customerSearchIndex(state);
  documentNumberIndex(state);
  const indexBuild = performance.now() - t0;

  const queries = Array.from({ length: SEARCHES }, (_, i) => makeQuery(i, random, customers, fixtures.orders!));
  for (const { text } of queries.slice(0, 50)) searchCustomers(state, text); // JIT warm-up

  const each: number[] = [];
  for (const { text, expected } of queries) {
    const started = performance.now();
    const hits = searchCustomers(state, text);
    each.push(performance.now() - started);
    if (expected && !hits.some((hit) => hit.customer.id === expected)) throw new Error(`search '${text}' did not find ${expected}`);
  }

  // What one customer change costs: the next search rebuilds the index.
  const update = executeCrmCommand(
    state,
    { type: 'customer.update', payload: { customerId: customers[0]!.id, email: 'nouvelle.adresse@example.fr' } },
    { now: '2026-11-30T10:00:00+01:00', today: '2026-11-30' },
  );
  if (!update.ok) throw new Error(update.error.message.en);
  const updated = update.events.reduce(applyCrmEvent, state);
  const t1 = performance.now();
  searchCustomers(updated, 'nouvelle.adresse@example.fr');
  const reindex = performance.now() - t1;

  return {
    customers: customers.length,
    searches: each.length,
    search_p50_ms: round(percentile(each, 50)),
    search_p95_ms: round(percentile(each, 95)),
    search_max_ms: round(Math.max(...each)),
    index_build_ms: round(indexBuild),
    search_after_customer_update_ms: round(reindex),
    target_p95_ms: 10,
  };
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

type Random = () => number;

/** A small seeded generator (mulberry32): the same customers on every run and machine. */
function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (random: Random, count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');

const FIRST_NAMES = [
  'Sandrine', 'Julien', 'Brigitte', 'Élodie', 'Gérard', 'Hélène', 'Marc', 'Nadia', 'Claire', 'Arnaud', 'Sylvie', 'Aurélie',
  'Thomas', 'Camille', 'Nicolas', 'Isabelle', 'Laurent', 'Nathalie', 'Stéphane', 'Céline', 'François', 'Amélie', 'Jérôme',
  'Sophie', 'Mathieu', 'Émilie', 'Olivier', 'Valérie', 'Pierre', 'Chloé', 'Antoine', 'Léa', 'Benoît', 'Manon', 'Sébastien',
  'Inès', 'Damien', 'Lucie', 'Frédéric', 'Océane', 'Yannick', 'Agnès', 'Cédric', 'Maëlle', 'Hugo', 'Zoé', 'Karim', 'Fatima',
  'Mehdi', 'Soline', 'Joël', 'Françoise', 'Noël', 'Anaïs', 'Loïc', 'Gaëlle', 'Rémi', 'Bérénice', 'Thierry', 'Laetitia',
] as const;
const LAST_NAMES = [
  'Roux', 'Berthier', 'Fabre', 'Garnier', 'Pichon', 'Lefèvre', 'Rousseau', 'Ferreira', 'Bouvier', 'Cholet', 'Perrin', 'Masson',
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Michel', 'Lefebvre', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Chevalier', 'Robin', 'Gauthier',
  'Morel', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Faure', 'André', 'Gaillard', 'Brun', 'Barbier', 'Arnaud', 'Giraud', 'Roussel',
  'Noël', 'Meunier', 'Caron', 'Renard', 'Aubert', 'Dumas', 'Lemoine', 'Texier', 'Vial', 'Moulin', 'Le Gall', 'Benali',
  "N'Diaye", 'Nguyen', 'Da Silva', 'Ould-Brahim', 'Marchand', 'Collet', 'Besnard', 'Charpentier', 'Hoarau', 'Kervella',
] as const;
const TRADES = ['Boulangerie', 'Garage', 'Pharmacie', 'Cabinet', 'Atelier', 'Restaurant', 'Transports', 'Menuiserie', 'Librairie', 'Fromagerie', 'Imprimerie', 'Conseil'] as const;
const FORMS = ['SARL', 'SAS', 'EURL', 'SASU', 'SA'] as const;
const CITIES = [
  ['44000', 'Nantes'], ['67000', 'Strasbourg'], ['38000', 'Grenoble'], ['31400', 'Toulouse'], ['33000', 'Bordeaux'], ['49100', 'Angers'],
  ['69100', 'Villeurbanne'], ['42130', 'Boën-sur-Lignon'], ['21160', 'Marsannay-la-Côte'], ['37000', 'Tours'], ['45000', 'Orléans'], ['13001', 'Marseille'],
] as const;
const STREETS = ['rue de la République', 'avenue Jean-Jaurès', 'place du Marché', 'rue Victor-Hugo', 'chemin des Vignes', 'quai des Bateliers', 'boulevard Pasteur'] as const;
const DOMAINS = ['example.com', 'example.fr', 'orange.example', 'free.example', 'laposte.example'] as const;

/** A valid French number written the way fixtures write it: '06 12 34 56 78'. */
function frenchNumber(random: Random, used: Set<string>): string {
  for (;;) {
    const prefix = random() < 0.6 ? pick(random, ['06', '07']) : pick(random, ['01', '02', '03', '04', '05', '09']);
    const rest = prefix === '07' ? `${pick(random, ['5', '6', '7', '8'])}${digits(random, 7)}` : prefix === '06' ? `${pick(random, ['1', '2', '4', '5', '6', '7', '8'])}${digits(random, 7)}` : `${1 + Math.floor(random() * 9)}${digits(random, 7)}`;
    const number = `${prefix}${rest}`;
    if (used.has(number)) continue;
    used.add(number);
    return number.replace(/(\d{2})(?=\d)/g, '$1 ');
  }
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '');
}

function generateFixtures(random: Random): CrmFixtures {
  const phones = new Set<string>();
  const customers: NonNullable<CrmFixtures['customers']> = [];
  const orders: NonNullable<CrmFixtures['orders']> = [];
  for (let i = 0; i < CUSTOMERS; i += 1) {
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const business = random() < 0.25;
    const [postcode, city] = pick(random, CITIES);
    const id = `C-${10_000 + i}`;
    customers.push({
      id,
      kind: business ? 'business' : 'consumer',
      name: `${first} ${last}`,
      ...(business ? { company: `${pick(random, TRADES)} ${last} (${pick(random, FORMS)})` } : {}),
      phone: frenchNumber(random, phones),
      email: `${fold(first)}.${fold(last)}${i}@${pick(random, DOMAINS)}`,
      address: `${1 + Math.floor(random() * 120)} ${pick(random, STREETS)}, ${postcode} ${city}`,
      since: `20${10 + Math.floor(random() * 16)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
    });
    orders.push({ id: `CMD-26-${String(20_000 + i)}`, customer: id, date: '2026-10-01', status: 'delivered' });
  }
  return { customers, orders };
}

type Customers = NonNullable<CrmFixtures['customers']>;
type Orders = NonNullable<CrmFixtures['orders']>;

function makeQuery(i: number, random: Random, customers: Customers, orders: Orders): { text: string; expected: string | null } {
  const index = Math.floor(random() * customers.length);
  const customer = customers[index]!;
  const national = customer.phone!.replace(/\s/g, '');
  switch (i % 6) {
    case 0: {
      const formats = [customer.phone!, national, `+33 ${national.slice(1).replace(/(\d)(\d{2})(\d{2})(\d{2})(\d{2})/, '$1 $2 $3 $4 $5')}`, `+33${national.slice(1)}`, national.replace(/(\d{2})(?=\d)/g, '$1.')];
      return { text: pick(random, formats), expected: customer.id };
    }
    case 1:
      return { text: national.slice(-(4 + Math.floor(random() * 3))), expected: customer.id };
    case 2: {
      const [first, last] = [customer.name.split(' ')[0]!, customer.name.split(' ').slice(1).join(' ')];
      const texts = [last.slice(0, 3), `${first} ${last.slice(0, 2)}`, last.toUpperCase(), first.slice(0, 4).toLowerCase()];
      return { text: pick(random, texts), expected: null };
    }
    case 3:
      return { text: customer.email!, expected: customer.id };
    case 4:
      return { text: customer.id.toLowerCase(), expected: customer.id };
    default:
      return { text: orders[index]!.id, expected: customer.id };
  }
}
