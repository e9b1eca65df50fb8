import type { z } from 'zod';
import { crmRefusal } from './crmRefusal';
import { fieldLabel } from './fieldLabel';
import type { CrmRefusal } from './crmRefusal';

const TYPES_FR: Partial<Record<string, string>> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux',
  object: 'un objet',
  array: 'une liste',
};

/** The first problem zod found in a payload, as a refusal the candidate can act on. */
export function zodRefusal(error: z.ZodError): CrmRefusal {
  const issue = error.issues[0];
  if (!issue) return crmRefusal('payload.invalid', 'Demande invalide.', 'Invalid request.');
  const path = issue.path.map(String).join('.');
  const at = (name: string) => (name ? ` : ${fieldLabel(name, 'fr')}` : '');
  const atEn = (name: string) => (name ? `: ${fieldLabel(name, 'en')}` : '');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const field = [path, issue.keys[0]].filter(Boolean).join('.');
      return crmRefusal(
        'payload.unknown-field',
        `Champ inconnu : ${issue.keys.join(', ')}. Le CRM ne l’enregistre pas ; retirez-le.`,
        `Unknown field: ${issue.keys.join(', ')}. The CRM does not record it; remove it.`,
        field,
      );
    }
    case 'invalid_type':
      return issue.input === undefined
        ? crmRefusal('payload.missing', `Champ obligatoire manquant${at(path)}.`, `Required field missing${atEn(path)}.`, path)
        : crmRefusal(
            'payload.invalid-type',
            `Valeur de type incorrect${at(path)} (attendu : ${TYPES_FR[issue.expected] ?? issue.expected}).`,
            `Wrong type of value${atEn(path)} (expected: ${issue.expected}).`,
            path,
          );
    case 'too_small':
      return issue.origin === 'string'
        ? crmRefusal('payload.empty', `Champ vide${at(path)}.`, `Empty field${atEn(path)}.`, path)
        : crmRefusal(
            'payload.too-small',
            `Valeur trop petite${at(path)} (minimum : ${String(issue.minimum)}).`,
            `Value too small${atEn(path)} (minimum: ${String(issue.minimum)}).`,
            path,
          );
    case 'too_big':
      return crmRefusal(
        'payload.too-big',
        `Valeur trop grande${at(path)} (maximum : ${String(issue.maximum)}).`,
        `Value too large${atEn(path)} (maximum: ${String(issue.maximum)}).`,
        path,
      );
    case 'invalid_value':
      return crmRefusal(
        'payload.invalid-value',
        `Valeur non admise${at(path)} (valeurs possibles : ${issue.values.map(String).join(', ')}).`,
        `Value not allowed${atEn(path)} (allowed: ${issue.values.map(String).join(', ')}).`,
        path,
      );
    case 'custom':
      if (issue.message === 'date') {
        return crmRefusal('payload.date', `Date invalide${at(path)} (attendu : AAAA-MM-JJ).`, `Invalid date${atEn(path)} (expected YYYY-MM-DD).`, path);
      }
      if (issue.message === 'instant') {
        return crmRefusal(
          'payload.instant',
          `Date et heure invalides${at(path)} (attendu : 2026-12-01T10:30:00+01:00).`,
          `Invalid date and time${atEn(path)} (expected 2026-12-01T10:30:00+01:00).`,
          path,
        );
      }
      break;
    case 'invalid_format':
      return crmRefusal('payload.format', `Format invalide${at(path)}.`, `Invalid format${atEn(path)}.`, path);
  }
  return crmRefusal('payload.invalid', `Valeur invalide${at(path)}.`, `Invalid value${atEn(path)}.`, path);
}
