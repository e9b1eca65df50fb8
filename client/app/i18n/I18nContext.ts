import { createContext } from 'react';
import type { MessageKey } from './fr';
import type { Locale } from './locales';
import type { MessageVars, PluralKey } from './translate';

export type I18n = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, vars?: MessageVars) => string;
  plural: (base: PluralKey, count: number, vars?: MessageVars) => string;
};

export const I18nContext = createContext<I18n | null>(null);
