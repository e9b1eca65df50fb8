import { z } from 'zod';
// The CRM's vocabularies are defined once, with its entities (a module that imports nothing).
import { CHURN_RISKS, CONSENT_CHANNELS, CONSENT_PURPOSES, CUSTOMER_KINDS, ORDER_STATUSES, TICKET_STATUSES } from '../crm/crmEntities';
import { DURATION_PATTERN } from './durations';

/**
 * The trainer's scenario format, version 1. One zod schema is the source of truth: the checker
 * validates against it and `npm run schema` writes `scenarios/scenario.schema.json` from it for
 * editors. Keys are snake_case (trainers read them); semantic rules (references, reachability,
 * French text present) live in checkScenario, which can point at the exact line.
 */
export const FORMAT_VERSION = 1;

export const CATEGORIES = ['prospecting', 'sales', 'support', 'loyalty'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const OUTCOMES = [
  'sale',
  'quote-sent',
  'appointment',
  'callback-scheduled',
  'ticket-opened',
  'credit-note',
  'claim-refused',
  'issue-resolved',
  'information-given',
  'customer-retained',
  'customer-lost',
  'transferred',
  'no-sale',
  'call-not-allowed',
] as const;
export const TIMER_KINDS = ['silence', 'patience', 'hold'] as const;
export const FACT_VERBS = ['viewed', 'created', 'updated', 'sent'] as const;
export const FACT_ENTITIES = [
  'customer',
  'order',
  'invoice',
  'product',
  'stock',
  'ticket',
  'quote',
  'credit-note',
  'callback',
  'note',
  'task',
  'confirmation',
  'consent',
] as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const describe = <T extends z.ZodType>(schema: T, text: string): T => schema.describe(text);

/** Text the candidate or examiner reads: French required, English optional. */
export const localizedText = describe(
  z.union([z.string(), z.strictObject({ fr: z.string().optional(), en: z.string().optional() })]),
  'Texte en français, ou { fr: ..., en: ... }',
);
export const duration = describe(
  z.string().regex(new RegExp(DURATION_PATTERN)),
  'Durée : "40 s", "6 min", "1 min 30 s"',
);
const id = z.string().regex(ID_PATTERN);
const ref = describe(z.string().min(1), 'Identifiant d\'une étape ou d\'une fin');

/** "+RCD-01" (positive) or "-RCD-01" (negative). */
const signedCompetency = describe(z.string().regex(/^[+-]\S+$/), 'Compétence signée : +RCD-01 ou -RCD-01');
export const evidenceItem = z.union([
  signedCompetency,
  z.strictObject({
    competency: signedCompetency,
    weight: z.number().positive().optional(),
    blocker: z.boolean().optional(),
    note: localizedText.optional(),
  }),
]);
const evidenceList = z.array(evidenceItem);

/** "viewed order CMD-88311", "created ticket", "sent confirmation". */
const fact = describe(z.string().min(1), 'Action CRM : "<verbe> <objet> [référence]", ex. "viewed order CMD-88311"');

const optionSchema = z.strictObject({
  id: id.optional(),
  say: localizedText,
  requires: z.array(fact).optional(),
  goto: ref,
  evidence: evidenceList,
  otherwise: z
    .strictObject({ goto: ref, customer: localizedText.optional(), evidence: evidenceList.optional() })
    .optional(),
  hint: localizedText.optional(),
});

const crmReactionSchema = z.strictObject({
  when: fact,
  goto: ref.optional(),
  customer: localizedText.optional(),
  evidence: evidenceList.optional(),
});

const customerEventSchema = z.strictObject({
  id,
  label: localizedText,
  customer: localizedText,
  goto: ref.optional(),
  evidence: evidenceList.optional(),
});

const timerSchema = z.strictObject({
  after: duration.optional(),
  customer: localizedText.optional(),
  goto: ref.optional(),
  evidence: evidenceList.optional(),
});
const timersSchema = z.strictObject({
  silence: z.union([timerSchema, z.literal(false)]).optional(),
  patience: z.union([timerSchema, z.literal(false)]).optional(),
  hold: z.union([timerSchema, z.literal(false)]).optional(),
});

const hangUpSchema = z.strictObject({ goto: ref, evidence: evidenceList.optional() });

/** The candidate dials from this step (outbound): the law checks of the call run at that moment. */
const dialSchema = z.strictObject({
  goto: ref,
  evidence: evidenceList.optional(),
  /** Where the call goes instead when the law forbids it (the customer picks up, annoyed, say). */
  if_forbidden: z.strictObject({ goto: ref, evidence: evidenceList.optional() }).optional(),
});

export const CRM_STATUSES = ['available', 'slow', 'failing', 'down'] as const;

const stepSchema = z.strictObject({
  customer: localizedText.optional(),
  crm_status: z.enum(CRM_STATUSES).optional(),
  dial: dialSchema.optional(),
  note: localizedText.optional(),
  hint: localizedText.optional(),
  options: z.array(optionSchema).optional(),
  crm: z.array(crmReactionSchema).optional(),
  customer_events: z.array(customerEventSchema).optional(),
  timers: timersSchema.optional(),
  hang_up: hangUpSchema.optional(),
});

const endingSchema = z.strictObject({
  outcome: z.enum(OUTCOMES),
  title: localizedText.optional(),
  customer: localizedText.optional(),
  summary: localizedText.optional(),
  evidence: evidenceList.optional(),
});

const transferSchema = z.strictObject({
  service: id,
  label: localizedText,
  goto: ref,
  evidence: evidenceList.optional(),
});

const euros = describe(z.number().nonnegative(), 'Montant en euros, ex. 129.90');
const date = describe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), 'Date AAAA-MM-JJ');

const customerFixture = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(CUSTOMER_KINDS).optional(),
  name: z.string().min(1),
  company: z.string().optional(),
  siret: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  address: z.string().optional(),
  since: date.optional(),
  tier: z.string().optional(),
  contract_end: date.optional(),
  churn_risk: z.enum(CHURN_RISKS).optional(),
  notes: z.string().optional(),
});
const productFixture = z.strictObject({
  sku: z.string().min(1),
  name: z.string().min(1),
  price: euros,
  vat: z.number().nonnegative().optional(),
  unit: z.string().optional(),
  substitutes: z.array(z.string()).optional(),
});
const stockFixture = z.strictObject({
  sku: z.string().min(1),
  warehouse: z.string().min(1),
  on_hand: z.number().int().nonnegative(),
  reserved: z.number().int().nonnegative().optional(),
  incoming: z.array(z.strictObject({ quantity: z.number().int().positive(), date })).optional(),
});
const orderFixture = z.strictObject({
  id: z.string().min(1),
  customer: z.string().min(1),
  date: date.optional(),
  status: z.enum(ORDER_STATUSES),
  lines: z.array(z.strictObject({ sku: z.string().min(1), quantity: z.number().int().positive(), price: euros.optional() })).optional(),
  carrier: z.string().optional(),
  tracking: z.string().optional(),
  promised: date.optional(),
});
const invoiceFixture = z.strictObject({
  id: z.string().min(1),
  customer: z.string().min(1),
  order: z.string().optional(),
  date: date.optional(),
  due: date.optional(),
  status: z.enum(['due', 'paid', 'overdue', 'disputed']),
  total: euros,
});
const ticketFixture = z.strictObject({
  id: z.string().min(1),
  customer: z.string().min(1),
  order: z.string().optional(),
  subject: z.string().min(1),
  status: z.enum(TICKET_STATUSES),
  opened: date.optional(),
});
const consentFixture = z.strictObject({
  customer: z.string().min(1),
  channel: z.enum(CONSENT_CHANNELS),
  purpose: z.enum(CONSENT_PURPOSES).optional(),
  given: z.boolean(),
  date: date.optional(),
  withdrawn: date.optional(),
  source: z.string().optional(),
});

export const crmFixturesSchema = z.strictObject({
  customers: z.array(customerFixture).optional(),
  products: z.array(productFixture).optional(),
  stock: z.array(stockFixture).optional(),
  orders: z.array(orderFixture).optional(),
  invoices: z.array(invoiceFixture).optional(),
  tickets: z.array(ticketFixture).optional(),
  consents: z.array(consentFixture).optional(),
});

const instant = describe(
  z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/),
  'Date et heure avec fuseau : "2026-09-14T12:30:00+02:00"',
);

/** The outbound call as the law sees it: when, to whom, why, from which number. */
const callSchema = z.strictObject({
  at: instant,
  time_zone: describe(z.string().min(1), 'Fuseau horaire du client, ex. Europe/Paris'),
  consumer: z.boolean(),
  purpose: z.enum(['canvassing', 'contract', 'service']),
  caller_id: z.string(),
  sector: z.enum(['energy-renovation', 'renewable-energy', 'home-adaptation', 'other']).optional(),
  on_bloctel: z.boolean().optional(),
  previous_attempts: z.array(instant).optional(),
  refused_on: date.optional(),
  region: z.enum(['alsace-moselle']).optional(),
});

export const scenarioSchema = z.strictObject({
  format: z.literal(FORMAT_VERSION),
  id,
  title: z.string().min(1),
  category: z.enum(CATEGORIES),
  direction: z.enum(DIRECTIONS),
  difficulty: z.number().int().min(1).max(5),
  duration,
  competencies: z.array(z.string()).min(1),
  briefing: localizedText,
  examiner_notes: localizedText,
  customer: z.strictObject({
    name: z.string().min(1),
    situation: localizedText,
    mood: z.string().min(1),
    patience: duration,
    phone: z.string().min(1),
    record: z.string().optional(),
  }),
  /** The business day of the call: the CRM's statuses (overdue, expired) are read on it. */
  date: date.optional(),
  crm: crmFixturesSchema.optional(),
  call: callSchema.optional(),
  timers: timersSchema.optional(),
  hang_up: hangUpSchema,
  transfers: z.array(transferSchema).optional(),
  start: ref,
  steps: z.record(z.string(), stepSchema),
  endings: z.record(z.string(), endingSchema),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioStep = z.infer<typeof stepSchema>;
export type ScenarioOption = z.infer<typeof optionSchema>;
export type ScenarioEnding = z.infer<typeof endingSchema>;
export type ScenarioTimer = z.infer<typeof timerSchema>;
export type ScenarioTimers = z.infer<typeof timersSchema>;
export type CrmFixtures = z.infer<typeof crmFixturesSchema>;
export type OutboundCallInput = z.infer<typeof callSchema>;
export type CrmStatus = (typeof CRM_STATUSES)[number];
export type LocalizedTextInput = z.infer<typeof localizedText>;
export type EvidenceInput = z.infer<typeof evidenceItem>;
export type Category = (typeof CATEGORIES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type TimerKind = (typeof TIMER_KINDS)[number];
export type FactVerb = (typeof FACT_VERBS)[number];
export type FactEntity = (typeof FACT_ENTITIES)[number];
