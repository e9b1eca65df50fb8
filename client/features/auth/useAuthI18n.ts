import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import type { MessageVars } from '../../app/i18n/translate';
import { authMessagesEn } from './authMessagesEn';
import { authMessagesFr, type AuthMessageKey } from './authMessagesFr';

/** The login page's and account menu's messages in the app's language, `{placeholders}` filled. */
export function useAuthI18n() {
  const { locale } = useI18n();
  return useMemo(() => {
    const messages = locale === 'en' ? authMessagesEn : authMessagesFr;
    const t = (key: AuthMessageKey, vars: MessageVars = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
    return { locale, t };
  }, [locale]);
}
