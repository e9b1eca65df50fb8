import { crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';

export type EmailCheck = { ok: true; email: string } | { ok: false; error: CrmRefusal };

const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * An e-mail address as a CRM keeps it: trimmed and lower-cased. It needs one '@', a local part
 * without spaces or doubled dots, and a domain of dotted labels ending in a top-level domain of at
 * least two letters ('nom@domaine.fr'). Addresses with accented letters are refused: most mail
 * systems of French companies still reject them.
 */
export function checkEmail(text: string): EmailCheck {
  const email = text.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  const valid =
    at > 0 &&
    email.length <= 254 &&
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /^[a-z]{2,}$/.test(labels[labels.length - 1]!);
  if (valid) return { ok: true, email };
  return {
    ok: false,
    error: crmRefusal(
      'email.invalid',
      `Adresse e-mail invalide (« ${text} »). Format attendu : nom@domaine.fr. Faites-la épeler au client.`,
      `Invalid e-mail address ('${text}'). Expected format: name@domain.fr. Ask the customer to spell it.`,
    ),
  };
}
