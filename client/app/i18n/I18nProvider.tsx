import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { fr, type Messages } from './fr';
import { I18nContext, type I18n } from './I18nContext';
import { defaultLocale, type Locale } from './locales';
import { readStoredLocale, storeLocale } from './readStoredLocale';
import { translate, translatePlural } from './translate';

const dictionaries: Readonly<Record<Locale, Messages>> = { fr, en };

type I18nProviderProps = {
  children: ReactNode;
  /** Starting language; by default the one remembered on this browser, else French. */
  initialLocale?: Locale;
};

/** Provides the current language and translation helpers; keeps `<html lang>` in step. */
export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale() ?? defaultLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const messages = dictionaries[locale];
    return {
      locale,
      setLocale: (next) => {
        storeLocale(next);
        setLocaleState(next);
      },
      t: (key, vars) => translate(messages, key, vars),
      plural: (base, count, vars) => translatePlural(messages, locale, base, count, vars),
    };
  }, [locale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
