import { crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';

export type SiretCheck = { ok: true; siret: string } | { ok: false; error: CrmRefusal };

/** La Poste's SIREN: its establishments' SIRETs use another key (see `checkSiret`). */
export const LA_POSTE_SIREN = '356000000';
/** La Poste's head office, the one La Poste SIRET that follows the ordinary Luhn key. */
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * A SIRET: 14 digits (spaces allowed when typed: '842 941 825 00080'). Its SIREN (the first nine
 * digits) and the whole SIRET must pass the Luhn key, except for La Poste (SIREN 356 000 000),
 * whose establishments are too many for the NIC: for them INSEE checks that the sum of the 14
 * digits is a multiple of 5 (the head office, 356 000 000 00048, passes the Luhn key).
 */
export function checkSiret(text: string): SiretCheck {
  const siret = text.replace(/\s+/g, '');
  if (!/^\d{14}$/.test(siret)) {
    return {
      ok: false,
      error: crmRefusal(
        'siret.format',
        `SIRET invalide (« ${text} ») : il faut exactement 14 chiffres (SIREN à 9 chiffres + NIC à 5 chiffres).`,
        `Invalid SIRET ('${text}'): it must be exactly 14 digits (9-digit SIREN + 5-digit NIC).`,
      ),
    };
  }
  const valid =
    siret.slice(0, 9) === LA_POSTE_SIREN
      ? siret === LA_POSTE_HEAD_OFFICE || digitSum(siret) % 5 === 0
      : luhn(siret.slice(0, 9)) && luhn(siret);
  if (valid) return { ok: true, siret };
  return {
    ok: false,
    error: crmRefusal(
      'siret.checksum',
      `SIRET invalide (« ${text} ») : la clé de contrôle ne correspond pas. Vérifiez chaque chiffre avec le client ou sur l’avis de situation INSEE.`,
      `Invalid SIRET ('${text}'): the check digit does not match. Check each digit with the customer or on the INSEE record.`,
    ),
  };
}

/** The Luhn key: from the right, every second digit doubled (minus 9 above 9), the sum a multiple of 10. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) sum += Number(digit);
  return sum;
}
