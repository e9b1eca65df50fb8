import type { LocalizedTextInput } from './scenarioSchema';

export type Language = 'fr' | 'en';

/** The text in the wanted language, falling back to French. */
export function textIn(text: LocalizedTextInput | undefined, language: Language = 'fr'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return (language === 'en' ? (text.en ?? text.fr) : text.fr) ?? '';
}

export function hasFrench(text: LocalizedTextInput): boolean {
  return (typeof text === 'string' ? text : (text.fr ?? '')).trim().length > 0;
}
