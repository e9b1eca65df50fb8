import type { LocalizedText } from '../competencies/referential';

/** Why the CRM refused a command, in words the candidate reads (French first, English on request). */
export interface CrmRefusal {
  /** Stable, for programs and tests: 'stock.insufficient', 'credit-note.exceeds-invoice'… */
  code: string;
  message: LocalizedText;
  /** The payload field at fault, as a dotted path: 'lines.0.quantity'. */
  field?: string;
}

export function crmRefusal(code: string, fr: string, en: string, field?: string): CrmRefusal {
  return field === undefined ? { code, message: { fr, en } } : { code, message: { fr, en }, field };
}

/** The same refusal, pinned to a field. */
export function atField(refusal: CrmRefusal, field: string): CrmRefusal {
  return { ...refusal, field };
}
