import { useMemo } from 'react';
import type { Locale } from '../../app/i18n/locales';
import type { MessageVars } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { examinerMessagesEn } from './examinerMessagesEn';
import { examinerMessagesFr, type ExaminerMessageKey, type ExaminerMessages } from './examinerMessagesFr';

const dictionaries: Readonly<Record<Locale, ExaminerMessages>> = { fr: examinerMessagesFr, en: examinerMessagesEn };

export type ExaminerI18n = { locale: Locale; t: (key: ExaminerMessageKey, vars?: MessageVars) => string };

/** The app's language with the exam pages' own messages (they ship with their lazy chunks). */
export function useExaminerI18n(): ExaminerI18n {
  const { locale } = useI18n();
  return useMemo(() => {
    const messages = dictionaries[locale];
    const t = (key: ExaminerMessageKey, vars: MessageVars = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
    return { locale, t };
  }, [locale]);
}
