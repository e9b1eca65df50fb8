import { useMemo } from 'react';
import { useI18n } from '../../app/i18n/useI18n';
import type { MessageVars } from '../../app/i18n/translate';
import { voiceMessagesEn } from './voiceMessagesEn';
import { voiceMessagesFr, type VoiceMessageKey } from './voiceMessagesFr';

/** The microphone check's messages in the app's language, `{placeholders}` filled. */
export function useVoiceI18n() {
  const { locale } = useI18n();
  return useMemo(() => {
    const messages = locale === 'en' ? voiceMessagesEn : voiceMessagesFr;
    const t = (key: VoiceMessageKey, vars: MessageVars = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
    return { locale, t };
  }, [locale]);
}
