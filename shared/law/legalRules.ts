// French telephone-sales and distance-selling rules, kept as data with effective dates so a
// trainer can follow the law when it moves: change a date or a limit here and every check follows.
//
// Sources: shared/DOMAIN.md (rules table) and shared/notes/anchors-and-law.md §4. Where a point
// rests on a secondary source or on memory, the comment beside it says so.
//
// Effective dates. `effectiveFrom` is the first day the cited text, with its present numbering,
// applies; `effectiveUntil` the last. Rules without dates are in force over the whole period a
// scenario can be set in (their texts date from 2014–2016 and have not moved in substance).
// Dates are compared with the consumer's local calendar date of the call.
//
// Blockers. A blocker is a breach that makes the call itself unlawful, or that the law sanctions
// as such, whatever the quality of the rest of the call: a call that should never have been
// dialled (no consent, Bloctel, wrong day or hour, fifth attempt, refusal ignored, banned sector,
// masked or forbidden number), a sale "closed" by phone alone, a lawful withdrawal refused, card
// data in a recording. An incomplete opening statement or a missing withdrawal form is a real
// breach, but one the candidate can mend in the same call or the confirmation, and whose weight
// the jury should judge: it is evidence against the competency, not an automatic failure.

import type { CompetencyId } from '../competencies/referential';
import type { LocalizedText } from '../competencies/referential';

export const legalRuleIds = [
  'canvassing-consent',
  'bloctel',
  'calling-days',
  'calling-hours',
  'attempt-limit',
  'refusal-cooldown',
  'banned-sectors',
  'caller-id',
  'opening-statement',
  'durable-confirmation',
  'withdrawal-right',
  'withdrawal-honoured',
  'card-data',
] as const;

export type LegalRuleId = (typeof legalRuleIds)[number];

export interface LegalRule {
  /** kebab-case, e.g. 'canvassing-consent'. */
  id: LegalRuleId;
  title: LocalizedText;
  /** The legal text, as a candidate or a jury would look it up. */
  reference: string;
  /** 'YYYY-MM-DD', inclusive. */
  effectiveFrom?: string;
  /** 'YYYY-MM-DD', inclusive. */
  effectiveUntil?: string;
  /** A violation fails the call whatever else went well. */
  blocker: boolean;
  /**
   * The referential competency it evidences: RCD-01 (prepare and check that an outbound call is
   * allowed), RCD-03 (opening statement), RCD-23 (distance-selling obligations), RCD-24 (personal
   * and card data).
   */
  competency: CompetencyId;
}

/** The day the opt-in regime replaced Bloctel (loi n° 2025-594 du 30 juin 2025, art. 13, III). */
export const CONSENT_REGIME_START = '2026-08-11';
/** The last day of the Bloctel regime. */
export const BLOCTEL_REGIME_END = '2026-08-10';

export const legalRules = [
  {
    id: 'canvassing-consent',
    title: {
      fr: 'Démarchage téléphonique d’un consommateur avec son consentement préalable',
      en: 'Phone canvassing of a consumer only with their prior consent',
    },
    // L223-1 al. 1–4 as rewritten by art. 13 of the loi du 30 juin 2025: consent free, specific,
    // informed, unambiguous and revocable, proved by the professional; exception for a call made
    // in the performance of a current contract and related to its object.
    reference: 'C. consom. art. L223-1 (loi n° 2025-594 du 30 juin 2025)',
    effectiveFrom: CONSENT_REGIME_START,
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'bloctel',
    title: {
      fr: 'Pas de démarchage d’un consommateur inscrit sur la liste d’opposition Bloctel',
      en: 'No canvassing of a consumer registered on the Bloctel opposition list',
    },
    // The list opened on 1 June 2016 (then art. L121-34, recodified L223-1 on 1 July 2016). The
    // list and its articles (L223-3, L223-4) end when the opt-in regime starts.
    reference: 'C. consom. art. L223-1 (version issue de la loi n° 2020-901 du 24 juillet 2020)',
    effectiveFrom: '2016-06-01',
    effectiveUntil: BLOCTEL_REGIME_END,
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'calling-days',
    title: {
      fr: 'Démarchage du lundi au vendredi, hors jours fériés',
      en: 'Canvassing Monday to Friday, not on public holidays',
    },
    // Public holidays "en application de l'article L. 3133-1 du code du travail". The
    // Alsace-Moselle days (Good Friday, 26 December) come from local law (C. trav. L3134-13), not
    // from L3133-1: counting them, as the `region` option does, is stricter than the letter of
    // D223-9 (see frenchPublicHolidays).
    reference: 'C. consom. art. D223-9 (décret n° 2022-1313 du 13 octobre 2022) ; C. trav. art. L3133-1',
    effectiveFrom: '2023-03-01',
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'calling-hours',
    title: {
      fr: 'Démarchage de 10 h à 13 h et de 14 h à 20 h, heure du consommateur',
      en: 'Canvassing 10:00–13:00 and 14:00–20:00, consumer’s local time',
    },
    // Until 10 Aug 2026 D223-9 al. 2 allowed other days and hours with the consumer's express
    // prior consent; a secondary source says that since 11 Aug 2026 the exception sits in L223-1
    // and needs consent to a precisely specified date and time. Neither is modelled: a call the
    // consumer asked for is purpose 'service', outside the canvassing rules.
    reference: 'C. consom. art. D223-9 (décret n° 2022-1313 du 13 octobre 2022)',
    effectiveFrom: '2023-03-01',
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'attempt-limit',
    title: {
      fr: 'Quatre appels ou tentatives au plus en 30 jours',
      en: 'At most four calls or attempts in 30 days',
    },
    // "plus de quatre fois au cours d'une période de trente jours calendaires": unanswered
    // attempts count.
    reference: 'C. consom. art. D223-9 (décret n° 2022-1313 du 13 octobre 2022)',
    effectiveFrom: '2023-03-01',
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'refusal-cooldown',
    title: {
      fr: 'Pas de nouveau démarchage pendant 60 jours après un refus',
      en: 'No new canvassing for 60 days after a refusal',
    },
    // UNSURE: one research note (a public repository quoting Légifrance in Sept. 2026) says the
    // décret n° 2026-662 du 23 juillet 2026 rewrote D223-9 from 11 Aug 2026 without the 60-day
    // rule, a refusal now being a withdrawal of consent (R223-3). DOMAIN.md and our notes keep the
    // rule, and it is never unlawful to respect it, so it stays in force here. If Légifrance
    // confirms, set effectiveUntil: '2026-08-10'.
    reference: 'C. consom. art. D223-9 (décret n° 2022-1313 du 13 octobre 2022)',
    effectiveFrom: '2023-03-01',
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'banned-sectors',
    title: {
      fr: 'Pas de démarchage pour la rénovation énergétique, les énergies renouvelables ou l’adaptation du logement',
      en: 'No canvassing about energy renovation, renewable energy or adapting a home',
    },
    // Energy savings and renewables since the loi du 24 juillet 2020 (in force 26 July 2020);
    // adapting a home to ageing or disability added by the loi du 30 juin 2025 (date per sector
    // in bannedCanvassingSectors). A call made under a current contract is the exception; the
    // contract concluded after a breach is void.
    reference: 'C. consom. art. L223-1 (lois n° 2020-901 du 24 juillet 2020 et n° 2025-594 du 30 juin 2025)',
    effectiveFrom: '2020-07-26',
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'caller-id',
    title: {
      fr: 'Numéro affiché valable : ni masqué, ni 089, ni 3BPQ, ni 118XYZ',
      en: 'A valid caller ID: not masked, not 089, 3BPQ or 118XYZ',
    },
    // L221-17 bans masked numbers; the arrêté du 5 juillet 2016 (in force 1 Aug 2016) bans the
    // 089 premium-rate numbers, the 3BPQ short numbers (except 30PQ and 31PQ) and the 118XYZ
    // directory numbers as caller ID. Both apply to a professional calling a consumer "dans les
    // conditions de l'article L221-16" (with a view to concluding a contract).
    reference: 'C. consom. art. L221-17 ; arrêté du 5 juillet 2016',
    effectiveFrom: '2016-08-01',
    blocker: true,
    competency: 'RCD-01',
  },
  {
    id: 'opening-statement',
    title: {
      fr: 'Annoncer d’emblée son identité, l’entreprise et le caractère commercial de l’appel',
      en: 'State at once the caller’s identity, the company and the commercial purpose',
    },
    // Until the loi du 30 juin 2025 L221-16 al. 1 also required telling the consumer they could
    // register on Bloctel; that sentence was deleted by the same law (from 2 July 2025 or from
    // 11 Aug 2026: not established here). It is not checked.
    reference: 'C. consom. art. L221-16, al. 1',
    blocker: false,
    competency: 'RCD-03',
  },
  {
    id: 'durable-confirmation',
    title: {
      fr: 'Confirmer l’offre sur support durable ; le consommateur n’est engagé qu’après l’avoir acceptée',
      en: 'Confirm the offer on a durable medium; the consumer is bound only once they accept it',
    },
    reference: 'C. consom. art. L221-16, al. 2 et 3 ; art. L221-5',
    blocker: true,
    competency: 'RCD-23',
  },
  {
    id: 'withdrawal-right',
    title: {
      fr: 'Informer du droit de rétractation de 14 jours et joindre le formulaire type',
      en: 'Give the 14-day right of withdrawal and the standard withdrawal form',
    },
    // Since 28 May 2022 the withdrawal information is the 7° of L221-5 (the 2° before), and R221-1
    // points to the form in the annex of the code.
    reference: 'C. consom. art. L221-18, L221-19, L221-5 (7°) et R221-1',
    blocker: false,
    competency: 'RCD-23',
  },
  {
    id: 'withdrawal-honoured',
    title: {
      fr: 'Accepter une rétractation exercée dans le délai',
      en: 'Accept a withdrawal made within the period',
    },
    // How the consumer withdraws (the form or any unambiguous statement, sent before the period
    // ends) is L221-21, cited from memory: not checked against the text here.
    reference: 'C. consom. art. L221-18 et L221-19',
    blocker: true,
    competency: 'RCD-23',
  },
  {
    id: 'card-data',
    title: {
      fr: 'Ne jamais enregistrer un numéro de carte ni un cryptogramme',
      en: 'Never record a card number or security code',
    },
    // CNIL guidance on call recording (former norme simplifiée NS-57) and a CNIL sanction for
    // recording card number, expiry date and security code, as data not relevant to the purpose
    // (data minimisation). The sanction's reference is not in our notes.
    reference: 'CNIL, enregistrement des appels (norme NS-57, délibération du 27 novembre 2014) ; RGPD art. 5-1-c',
    blocker: true,
    competency: 'RCD-24',
  },
] as const satisfies readonly LegalRule[];

/** Limits the checks use, kept here so they move with the law. */
export const legalLimits = {
  /** D223-9: the allowed slots, in minutes since local midnight, start inclusive, end exclusive. */
  callingSlots: [
    { from: 10 * 60, to: 13 * 60 },
    { from: 14 * 60, to: 20 * 60 },
  ],
  /** D223-9: Monday (1) to Friday (5). */
  callingWeekdays: [1, 2, 3, 4, 5],
  /** D223-9: the fifth call or attempt within the window is a breach. */
  maxAttempts: 4,
  /** D223-9: "trente jours calendaires", the day of the call and the 29 before it. */
  attemptWindowDays: 30,
  /** D223-9: "soixante jours calendaires révolus à compter de ce refus". */
  refusalCooldownDays: 60,
  /**
   * UNSURE (secondary source only): R223-1 as written by the décret n° 2026-662 du 23 juillet 2026
   * limits the period a consumer consents to at one year from collection, with no tacit renewal.
   * Two research notes in public repositories quote it; our own notes do not. Until it is checked
   * against Légifrance it is not applied (null): an unverified blocker must not fail a candidate.
   * Set it to 12 to check the age of a consent.
   */
  consentValidityMonths: null as number | null,
  /** L221-18. */
  withdrawalDays: 14,
  /** L221-20: withdrawal information not given extends the period by twelve months. */
  missingWithdrawalInformationMonths: 12,
} as const;

export type LegalLimits = typeof legalLimits;

export type BannedSector = 'energy-renovation' | 'renewable-energy' | 'home-adaptation';

/** The sectors L223-1 bans from phone canvassing outside a current contract, and since when. */
export const bannedCanvassingSectors: Readonly<Record<BannedSector, { since: string; name: LocalizedText }>> = {
  'energy-renovation': {
    since: '2020-07-26',
    name: { fr: 'la rénovation énergétique du logement', en: 'home energy renovation' },
  },
  'renewable-energy': {
    since: '2020-07-26',
    name: { fr: 'la production d’énergies renouvelables', en: 'renewable energy production' },
  },
  // UNSURE: added by the loi du 30 juin 2025 as part of the rewritten L223-1, which art. 13, III
  // puts in force on 11 Aug 2026; whether this sector alone applied from 2 July 2025 was not
  // established.
  'home-adaptation': {
    since: CONSENT_REGIME_START,
    name: {
      fr: 'l’adaptation du logement au vieillissement ou au handicap',
      en: 'adapting a home to ageing or disability',
    },
  },
};

const byId: ReadonlyMap<LegalRuleId, LegalRule> = new Map(
  (legalRules as readonly LegalRule[]).map((rule): [LegalRuleId, LegalRule] => [rule.id, rule]),
);

/** The rule with this id. Every id of legalRuleIds has one (a test makes sure). */
export function legalRule(id: LegalRuleId): LegalRule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`No legal rule '${id}'`);
  return rule;
}

/** Whether the rule is in force on this 'YYYY-MM-DD' date (both bounds inclusive). */
export function ruleInForce(rule: LegalRule, date: string): boolean {
  if (rule.effectiveFrom !== undefined && date < rule.effectiveFrom) return false;
  if (rule.effectiveUntil !== undefined && date > rule.effectiveUntil) return false;
  return true;
}
