import { legalFinding } from './legalFinding';
import type { LegalFinding } from './legalFinding';

// L221-17: no masked number when calling a consumer. The arrêté du 5 juillet 2016 (art. 2) names
// the ranges that may not be shown as caller ID: "les numéros spéciaux vocaux à tarification
// majorée commençant par 089, les numéros courts à tarification banalisée ou majorée 3BPQ (hors
// 30PQ et 31PQ) et les numéros courts de service de renseignements téléphoniques 118 XYZ".
// L221-17 also wants the number shown to be one assigned to the professional the call is made
// for: a check on a string cannot know that.

const MASKED = new Set([
  '',
  'anonymous',
  'anonyme',
  'masked',
  'masqué',
  'masque',
  'private',
  'privé',
  'prive',
  'withheld',
  'restricted',
  'unknown',
  'inconnu',
]);

/**
 * The number as dialled in France: spaces, dots, dashes, slashes and brackets dropped,
 * +33 / 0033 written 0 ('+33 (0)1 84 60 12 34' → '0184601234').
 */
export function normalizePhoneNumber(number: string): string {
  const compact = number.trim().replace(/[\s.\-/()]/g, '');
  for (const prefix of ['+33', '0033']) {
    if (compact.startsWith(prefix)) return `0${compact.slice(prefix.length).replace(/^0/, '')}`;
  }
  return compact;
}

/** Whether the caller ID may be shown to a consumer. */
export function checkCallerId(number: string): LegalFinding {
  if (MASKED.has(number.trim().toLowerCase())) {
    return legalFinding('caller-id', false, {
      fr: 'Numéro masqué : l’appel doit présenter un numéro attribué à l’entreprise (art. L221-17)',
      en: 'Masked number: the call must show a number assigned to the company (art. L221-17)',
    });
  }
  const normalized = normalizePhoneNumber(number);
  const shown = { fr: `Numéro affiché ${number.trim()}`, en: `Caller ID ${number.trim()}` };

  if (normalized.startsWith('089')) {
    return legalFinding('caller-id', false, {
      fr: `${shown.fr} : numéro surtaxé en 089, interdit comme identifiant d’appel (arrêté du 5 juillet 2016)`,
      en: `${shown.en}: an 089 premium-rate number, forbidden as caller ID (arrêté of 5 July 2016)`,
    });
  }
  if (/^118\d{3}$/.test(normalized)) {
    return legalFinding('caller-id', false, {
      fr: `${shown.fr} : numéro de renseignements 118XYZ, interdit comme identifiant d’appel (arrêté du 5 juillet 2016)`,
      en: `${shown.en}: a 118XYZ directory number, forbidden as caller ID (arrêté of 5 July 2016)`,
    });
  }
  if (/^3[2-9]\d{2}$/.test(normalized)) {
    return legalFinding('caller-id', false, {
      fr: `${shown.fr} : numéro court 3BPQ, interdit comme identifiant d’appel (arrêté du 5 juillet 2016)`,
      en: `${shown.en}: a 3BPQ short number, forbidden as caller ID (arrêté of 5 July 2016)`,
    });
  }
  // A French number (0 and nine digits), a 30PQ/31PQ short number, or an international one.
  if (!/^(0[1-9]\d{8}|3[01]\d{2}|\+[1-9]\d{5,14})$/.test(normalized)) {
    return legalFinding('caller-id', false, {
      fr: `${shown.fr} : ce n’est pas un numéro de téléphone valable`,
      en: `${shown.en}: not a valid phone number`,
    });
  }
  return legalFinding('caller-id', true, {
    fr: `${shown.fr} : numéro visible et d’une tranche autorisée`,
    en: `${shown.en}: visible and from an allowed range`,
  });
}
