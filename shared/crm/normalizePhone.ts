import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import type { PhoneNumber } from './crmEntities';
import { crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';

export type PhoneCheck = { ok: true; phone: PhoneNumber } | { ok: false; error: CrmRefusal };

/**
 * A phone number as a person types it ('06 12 34 56 78', '0612345678', '+33 6 12 34 56 78',
 * '0033 6…', '06.12.34.56.78') to E.164 and its display form, France being the default region.
 * Numbers that are not valid (wrong length, unassigned ranges such as 00 00 00 00 00) are refused
 * with a message naming what is wrong.
 */
export function normalizePhone(text: string): PhoneCheck {
  const parsed = parsePhoneNumberFromString(text, 'FR');
  if (parsed?.isValid()) return { ok: true, phone: { e164: parsed.number, display: displayOf(parsed) } };
  const length = /\d/.test(text) ? validatePhoneNumberLength(text, 'FR') : 'NOT_A_NUMBER';
  const [whyFr, whyEn] =
    length === 'TOO_SHORT'
      ? ['il manque des chiffres', 'digits are missing']
      : length === 'TOO_LONG'
        ? ['il y a trop de chiffres', 'there are too many digits']
        : length === 'NOT_A_NUMBER'
          ? ['ce n’est pas un numéro', 'it is not a number']
          : ['ce numéro n’existe pas', 'no such number exists'];
  return {
    ok: false,
    error: crmRefusal(
      'phone.invalid',
      `Numéro de téléphone invalide (« ${text} ») : ${whyFr}. Exemple : 06 12 34 56 78 ou +33 6 12 34 56 78.`,
      `Invalid phone number ('${text}'): ${whyEn}. Example: 06 12 34 56 78 or +33 6 12 34 56 78.`,
    ),
  };
}

/**
 * A scenario fixture's number, kept even when it does not parse (a trainer may seed a wrong
 * number on purpose): its display is then the text as written and `e164` is null.
 */
export function phoneFromFixture(text: string): PhoneNumber {
  const check = normalizePhone(text);
  return check.ok ? check.phone : { e164: null, display: text.trim() };
}

function displayOf(parsed: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>): string {
  return parsed.countryCallingCode === '33' ? parsed.formatNational() : parsed.formatInternational();
}
