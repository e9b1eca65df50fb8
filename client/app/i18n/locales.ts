/** The languages of the interface. French is the default; English is available on request. */
export const locales = { fr: 'fr', en: 'en' } as const;
export type Locale = (typeof locales)[keyof typeof locales];

export const defaultLocale: Locale = locales.fr;

export function isLocale(value: unknown): value is Locale {
  return value === locales.fr || value === locales.en;
}
