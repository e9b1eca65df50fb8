import { useMemo } from 'react';
import type { Locale } from '../../app/i18n/locales';
import type { MessageVars } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { callMessagesEn } from './callMessagesEn';
import { callMessagesFr, type CallMessageKey, type CallMessages } from './callMessagesFr';

const dictionaries: Readonly<Record<Locale, CallMessages>> = { fr: callMessagesFr, en: callMessagesEn };

export type CallI18n = { locale: Locale; t: (key: CallMessageKey, vars?: MessageVars) => string };

/** The app's language with the call's own messages (they ship with the desk's lazy chunk). */
export function useCallI18n(): CallI18n {
  const { locale } = useI18n();
  return useMemo(() => {
    const messages = dictionaries[locale];
    const t = (key: CallMessageKey, vars: MessageVars = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
    return { locale, t };
  }, [locale]);
}
