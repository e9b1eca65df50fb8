import { useMemo } from 'react';
import type { MessageKey } from '../../app/i18n/fr';
import type { I18n } from '../../app/i18n/I18nContext';
import type { MessageVars } from '../../app/i18n/translate';
import { useI18n } from '../../app/i18n/useI18n';
import { crmMessagesEn } from './crmMessagesEn';
import { crmMessagesFr, type CrmMessageKey, type CrmMessages } from './crmMessagesFr';

const dictionaries: Readonly<Record<I18n['locale'], CrmMessages>> = { fr: crmMessagesFr, en: crmMessagesEn };

/** Bases `B` such that both `B.one` and `B.other` are CRM messages. */
export type CrmPluralKey = {
  [K in CrmMessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends CrmMessageKey ? Base : never) : never;
}[CrmMessageKey];

export type CrmI18n = {
  locale: I18n['locale'];
  /** A CRM message, or any message of the app's dictionary. */
  t: (key: CrmMessageKey | MessageKey, vars?: MessageVars) => string;
  plural: (base: CrmPluralKey, count: number, vars?: MessageVars) => string;
};

/**
 * The app's language with the desk's own messages: they ship with the desk's lazy chunk, so the
 * home page does not carry the CRM's few hundred sentences.
 */
export function useCrmI18n(): CrmI18n {
  const app = useI18n();
  return useMemo(() => {
    const own = dictionaries[app.locale];
    const fill = (text: string, vars: MessageVars = {}) => text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in vars ? String(vars[name]) : placeholder));
    const t = (key: CrmMessageKey | MessageKey, vars?: MessageVars) =>
      Object.hasOwn(own, key) ? fill(own[key as CrmMessageKey], vars) : app.t(key as MessageKey, vars);
    const rules = new Intl.PluralRules(app.locale);
    const plural = (base: CrmPluralKey, count: number, vars: MessageVars = {}) =>
      fill(own[`${base}.${rules.select(count) === 'one' ? 'one' : 'other'}` as CrmMessageKey], { count, ...vars });
    return { locale: app.locale, t, plural };
  }, [app]);
}
