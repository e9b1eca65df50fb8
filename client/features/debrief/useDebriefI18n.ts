import { useMemo } from 'react';
import type { MessageKey } from '../../app/i18n/fr';
import type { I18n } from '../../app/i18n/I18nContext';
import type { MessageVars } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { debriefMessagesEn, debriefMessagesFr } from './debriefMessages';
import type { DebriefMessageKey, DebriefMessages } from './debriefMessages';

const dictionaries: Readonly<Record<I18n['locale'], DebriefMessages>> = { fr: debriefMessagesFr, en: debriefMessagesEn };

export type DebriefI18n = { locale: I18n['locale']; t: (key: DebriefMessageKey | MessageKey, vars?: MessageVars) => string };

/** The app's language with the debrief's own messages (they ship with the page's lazy chunk). */
export function useDebriefI18n(): DebriefI18n {
  const app = useI18n();
  return useMemo(() => {
    const own = dictionaries[app.locale];
    const t = (key: DebriefMessageKey | MessageKey, vars: MessageVars = {}) =>
      Object.hasOwn(own, key)
        ? own[key as DebriefMessageKey].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder))
        : app.t(key as MessageKey, vars);
    return { locale: app.locale, t };
  }, [app]);
}
