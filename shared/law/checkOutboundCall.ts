import type { LocalizedText } from '../competencies/referential';
import { checkCallerId } from './checkCallerId';
import { publicHolidayOn } from './frenchPublicHolidays';
import type { PublicHolidayOptions } from './frenchPublicHolidays';
import { addDays, addMonths, daysBetween, formatDate, formatDateWithWeekday, isIsoDate, WEEKDAYS } from './isoDate';
import type { Language } from './isoDate';
import { legalFinding } from './legalFinding';
import type { LegalFinding } from './legalFinding';
import { bannedCanvassingSectors, CONSENT_REGIME_START, legalLimits, legalRules, ruleInForce } from './legalRules';
import type { LegalLimits } from './legalRules';
import type { BannedSector, LegalRuleId } from './legalRules';
import { formatHour, formatTimeOfDay, localDateTime, parseInstant } from './localDateTime';
import type { LocalDateTime } from './localDateTime';
import { timeZonePlace } from './timeZonePlace';

export type { LegalFinding } from './legalFinding';

/**
 * Why the call is made. `canvassing`: prospecting. `contract`: within a current contract and
 * related to its object, including related or complementary offers (the L223-1 exception; the
 * D223-9 days, hours and frequency still apply). `service`: a callback the consumer asked for, or
 * after-sales: not canvassing, so none of the canvassing rules apply.
 */
export type CallPurpose = 'canvassing' | 'contract' | 'service';

export type CallSector = BannedSector | 'other';

/** An outbound call about to be dialled, as the law sees it. */
export interface OutboundCall {
  /** ISO instant of the call, with 'Z' or an offset. */
  at: string;
  /** The consumer's IANA time zone, e.g. 'Europe/Paris': the legal hours are theirs. */
  timeZone: string;
  /** False for a business (B2B): the consumer canvassing rules do not apply. */
  consumer: boolean;
  purpose: CallPurpose;
  /**
   * Prior consent to phone canvassing. `date` (collection) and `withdrawn` are 'YYYY-MM-DD' or ISO
   * instants; a date alone counts as collected before any call that day, and withdrawn before any
   * call that day.
   */
  consent?: { given: boolean; date?: string; withdrawn?: string };
  /** Registered on the Bloctel opposition list (matters until 10 Aug 2026). */
  onBloctel?: boolean;
  /** ISO instants of earlier calls or attempts to this consumer by the same professional. */
  previousAttempts?: string[];
  /** 'YYYY-MM-DD' or ISO instant: the consumer last refused canvassing during a call. */
  refusedOn?: string;
  /** What the call is about; unset means 'other'. */
  sector?: CallSector;
  /** The number shown to the consumer; '' or 'anonymous' when masked. */
  callerId: string;
  /** Adds Good Friday and 26 December to the public holidays. */
  region?: 'alsace-moselle';
}

interface CallContext {
  call: OutboundCall;
  limits: LegalLimits;
  instant: Date;
  local: LocalDateTime;
  place: LocalizedText;
  underContract: boolean;
  holidays: PublicHolidayOptions;
}

type Evaluator = (context: CallContext) => LegalFinding;

// Rules about canvassing: they apply to purposes 'canvassing' and 'contract', not 'service'.
const canvassingRules: Partial<Record<LegalRuleId, Evaluator>> = {
  'canvassing-consent': consentFinding,
  bloctel: bloctelFinding,
  'calling-days': daysFinding,
  'calling-hours': hoursFinding,
  'attempt-limit': attemptsFinding,
  'refusal-cooldown': refusalFinding,
  'banned-sectors': sectorFinding,
};

// Rules about any call to a consumer. L221-17 and the arrêté du 5 juillet 2016 cover calls "with
// a view to concluding a contract", which a requested sales callback is; strictly, a pure
// after-sales call is outside them, but the simulator cannot tell the two apart and a masked
// number is never acceptable practice.
const consumerCallRules: Partial<Record<LegalRuleId, Evaluator>> = {
  'caller-id': (context) => checkCallerId(context.call.callerId),
};

/**
 * One finding, ok or not, per rule that applies to the call: in force on the consumer's local
 * date of the call and relevant to it (consent from 11 Aug 2026, Bloctel until 10 Aug 2026).
 * Business calls get none; a 'service' call only the caller-ID finding. Findings follow the
 * order of legalRules. Throws a RangeError for an instant without offset or an unknown zone.
 * `limits` defaults to the project's; a school may pass its own (e.g. a consent validity).
 */
export function checkOutboundCall(call: OutboundCall, limits: LegalLimits = legalLimits): LegalFinding[] {
  const instant = parseInstant(call.at);
  const local = localDateTime(instant, call.timeZone);
  if (!call.consumer) return [];

  const canvassing = call.purpose !== 'service';
  const context: CallContext = {
    call,
    limits,
    instant,
    local,
    place: timeZonePlace(call.timeZone),
    underContract: call.purpose === 'contract',
    holidays: { alsaceMoselle: call.region === 'alsace-moselle' },
  };
  const findings: LegalFinding[] = [];
  for (const rule of legalRules) {
    if (!ruleInForce(rule, local.date)) continue;
    const evaluate = (canvassing ? canvassingRules[rule.id] : undefined) ?? consumerCallRules[rule.id];
    if (evaluate) findings.push(evaluate(context));
  }
  return findings;
}

/** A date or an instant of the call's file, placed on the consumer's calendar. */
interface Moment {
  date: string;
  instant?: Date;
}

function momentOf(text: string, timeZone: string): Moment {
  if (isIsoDate(text)) return { date: text };
  const instant = parseInstant(text);
  return { date: localDateTime(instant, timeZone).date, instant };
}

/** After the call: a later instant, or a later date when only the date is known. */
function afterCall(moment: Moment, context: CallContext): boolean {
  return moment.instant ? moment.instant.getTime() > context.instant.getTime() : moment.date > context.local.date;
}

function dateText(date: string): LocalizedText {
  return { fr: formatDate(date, 'fr'), en: formatDate(date, 'en') };
}

function consentFinding(context: CallContext): LegalFinding {
  if (context.underContract) {
    return legalFinding('canvassing-consent', true, {
      fr: 'Appel lié à un contrat en cours et à son objet : le consentement préalable n’est pas exigé (exception de l’art. L223-1)',
      en: 'Call within a current contract and related to it: prior consent is not required (L223-1 exception)',
    });
  }
  const { consent } = context.call;
  if (!consent) {
    const since = dateText(CONSENT_REGIME_START);
    return legalFinding('canvassing-consent', false, {
      fr: `Démarchage d’un consommateur sans consentement préalable : interdit depuis le ${since.fr}`,
      en: `Canvassing a consumer without prior consent: forbidden since ${since.en}`,
    });
  }
  if (!consent.given) {
    return legalFinding('canvassing-consent', false, {
      fr: 'Le consommateur n’a pas consenti au démarchage téléphonique : appel interdit',
      en: 'The consumer has not consented to phone canvassing: the call is forbidden',
    });
  }
  if (consent.date === undefined) {
    return legalFinding('canvassing-consent', false, {
      fr: 'Consentement sans date de recueil : le professionnel doit pouvoir le prouver, l’appel est interdit',
      en: 'Consent with no collection date: the professional must be able to prove it, so the call is forbidden',
    });
  }
  const tz = context.call.timeZone;
  const collected = momentOf(consent.date, tz);
  const on = dateText(collected.date);
  if (afterCall(collected, context)) {
    return legalFinding('canvassing-consent', false, {
      fr: `Consentement recueilli le ${on.fr}, après l’appel : il doit être préalable`,
      en: `Consent collected on ${on.en}, after the call: it must come first`,
    });
  }
  if (consent.withdrawn !== undefined) {
    const withdrawn = momentOf(consent.withdrawn, tz);
    if (!afterCall(withdrawn, context)) {
      const off = dateText(withdrawn.date);
      return legalFinding('canvassing-consent', false, {
        fr: `Consentement retiré le ${off.fr} : démarchage interdit`,
        en: `Consent withdrawn on ${off.en}: canvassing is forbidden`,
      });
    }
  }
  const months = context.limits.consentValidityMonths;
  if (months !== null) {
    const lastDay = addMonths(collected.date, months);
    if (context.local.date > lastDay) {
      const until = dateText(lastDay);
      return legalFinding('canvassing-consent', false, {
        fr: `Consentement recueilli le ${on.fr}, valable un an au plus (jusqu’au ${until.fr}) : il a expiré, démarchage interdit`,
        en: `Consent collected on ${on.en} lasts one year at most (until ${until.en}): it has expired, canvassing is forbidden`,
      });
    }
  }
  return legalFinding('canvassing-consent', true, {
    fr: `Consentement préalable au démarchage recueilli le ${on.fr} : appel permis`,
    en: `Prior consent to canvassing collected on ${on.en}: call allowed`,
  });
}

function bloctelFinding(context: CallContext): LegalFinding {
  if (context.underContract) {
    return legalFinding('bloctel', true, {
      fr: 'Appel lié à un contrat en cours : une inscription sur Bloctel ne l’interdit pas',
      en: 'Call within a current contract: a Bloctel registration does not forbid it',
    });
  }
  return context.call.onBloctel
    ? legalFinding('bloctel', false, {
        fr: 'Numéro inscrit sur Bloctel : démarchage interdit hors contrat en cours',
        en: 'Number registered on Bloctel: canvassing is forbidden outside a current contract',
      })
    : legalFinding('bloctel', true, {
        fr: 'Numéro non inscrit sur Bloctel',
        en: 'Number not registered on Bloctel',
      });
}

function daysFinding(context: CallContext): LegalFinding {
  const { date, weekday } = context.local;
  const day = (language: Language): string => formatDateWithWeekday(date, language);
  const holiday = publicHolidayOn(date, context.holidays);
  if (holiday) {
    return legalFinding('calling-days', false, {
      fr: `Appel un jour férié (${holiday.name.fr}, ${formatDate(date, 'fr')}) : démarchage interdit`,
      en: `Call on a public holiday (${holiday.name.en}, ${formatDate(date, 'en')}): canvassing is forbidden`,
    });
  }
  if (!(legalLimits.callingWeekdays as readonly number[]).includes(weekday)) {
    return legalFinding('calling-days', false, {
      fr: `Appel un ${WEEKDAYS.fr[weekday - 1]} (${formatDate(date, 'fr')}) ${context.place.fr} : le démarchage n’est permis que du lundi au vendredi`,
      en: `Call on a ${WEEKDAYS.en[weekday - 1]} (${formatDate(date, 'en')}) ${context.place.en}: canvassing is allowed Monday to Friday only`,
    });
  }
  return legalFinding('calling-days', true, {
    fr: `Appel un jour permis (${day('fr')})`,
    en: `Call on an allowed day (${day('en')})`,
  });
}

function slotsText(language: Language): string {
  const slots = legalLimits.callingSlots.map((slot) => `${formatHour(slot.from, language)}–${formatHour(slot.to, language)}`);
  return slots.join(language === 'fr' ? ' et ' : ' and ');
}

function hoursFinding(context: CallContext): LegalFinding {
  const { minutes } = context.local;
  const inSlot = legalLimits.callingSlots.some((slot) => minutes >= slot.from && minutes < slot.to);
  const time = { fr: formatTimeOfDay(minutes, 'fr'), en: formatTimeOfDay(minutes, 'en') };
  return inSlot
    ? legalFinding('calling-hours', true, {
        fr: `Appel à ${time.fr} ${context.place.fr} : dans les horaires autorisés (${slotsText('fr')})`,
        en: `Call at ${time.en} ${context.place.en}: within the allowed hours (${slotsText('en')})`,
      })
    : legalFinding('calling-hours', false, {
        fr: `Appel hors des horaires autorisés : ${time.fr} ${context.place.fr} (autorisé ${slotsText('fr')})`,
        en: `Call outside the allowed hours: ${time.en} ${context.place.en} (allowed ${slotsText('en')})`,
      });
}

function attemptsFinding(context: CallContext): LegalFinding {
  const { maxAttempts, attemptWindowDays } = legalLimits;
  // The window is the day of the call and the 29 calendar days before it, on the consumer's
  // calendar; attempts later than this call are not earlier attempts and are left out.
  const windowStart = addDays(context.local.date, -(attemptWindowDays - 1));
  const earlier = (context.call.previousAttempts ?? []).filter((attempt) => {
    const instant = parseInstant(attempt);
    if (instant.getTime() >= context.instant.getTime()) return false;
    return localDateTime(instant, context.call.timeZone).date >= windowStart;
  });
  const rank = earlier.length + 1;
  const nth = { fr: ordinal(rank, 'fr'), en: ordinal(rank, 'en') };
  return rank <= maxAttempts
    ? legalFinding('attempt-limit', true, {
        fr: `${nth.fr} appel ou tentative en ${attemptWindowDays} jours auprès de ce consommateur (${maxAttempts} au plus)`,
        en: `${nth.en} call or attempt in ${attemptWindowDays} days to this consumer (${maxAttempts} at most)`,
      })
    : legalFinding('attempt-limit', false, {
        fr: `${nth.fr} appel ou tentative en ${attemptWindowDays} jours auprès de ce consommateur : ${maxAttempts} au plus sont permis`,
        en: `${nth.en} call or attempt in ${attemptWindowDays} days to this consumer: ${maxAttempts} at most are allowed`,
      });
}

function refusalFinding(context: CallContext): LegalFinding {
  const { refusedOn, timeZone } = context.call;
  const refusal = refusedOn === undefined ? undefined : momentOf(refusedOn, timeZone);
  if (!refusal || afterCall(refusal, context)) {
    return legalFinding('refusal-cooldown', true, {
      fr: 'Aucun refus de démarchage enregistré avant cet appel',
      en: 'No refusal of canvassing on record before this call',
    });
  }
  const days = legalLimits.refusalCooldownDays;
  // "Soixante jours calendaires révolus à compter de ce refus": the day of the refusal is not
  // counted, so the sixty days end with the 60th day after it and the 61st is the first allowed.
  const firstAllowed = addDays(refusal.date, days + 1);
  const refused = dateText(refusal.date);
  if (daysBetween(refusal.date, context.local.date) <= days) {
    const from = dateText(firstAllowed);
    return legalFinding('refusal-cooldown', false, {
      fr: `Démarchage refusé le ${refused.fr} : pas de nouvel appel avant le ${from.fr} (${days} jours)`,
      en: `Canvassing refused on ${refused.en}: no new call before ${from.en} (${days} days)`,
    });
  }
  return legalFinding('refusal-cooldown', true, {
    fr: `Refus du ${refused.fr} : les ${days} jours sont écoulés`,
    en: `Refusal of ${refused.en}: the ${days} days have passed`,
  });
}

function sectorFinding(context: CallContext): LegalFinding {
  const sector = context.call.sector ?? 'other';
  if (sector === 'other') {
    return legalFinding('banned-sectors', true, {
      fr: 'Objet de l’appel hors des secteurs interdits de démarchage',
      en: 'The call is not about a sector banned from canvassing',
    });
  }
  const banned = bannedCanvassingSectors[sector];
  if (context.local.date < banned.since) {
    const since = dateText(banned.since);
    return legalFinding('banned-sectors', true, {
      fr: `Démarchage pour ${banned.name.fr} : interdit seulement à partir du ${since.fr}`,
      en: `Canvassing about ${banned.name.en}: banned only from ${since.en}`,
    });
  }
  if (context.underContract) {
    return legalFinding('banned-sectors', true, {
      fr: `Appel sur ${banned.name.fr} permis : il est lié à un contrat en cours`,
      en: `Call about ${banned.name.en} allowed: it is within a current contract`,
    });
  }
  return legalFinding('banned-sectors', false, {
    fr: `Démarchage téléphonique interdit pour ${banned.name.fr}, hors contrat en cours`,
    en: `Phone canvassing about ${banned.name.en} is forbidden outside a current contract`,
  });
}

function ordinal(n: number, language: Language): string {
  if (language === 'fr') return n === 1 ? '1er' : `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
