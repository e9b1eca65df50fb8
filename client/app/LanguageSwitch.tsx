import { useId } from 'react';
import { VisuallyHidden } from '../ui/VisuallyHidden';
import { locales, type Locale } from './i18n/locales';
import { useI18n } from './i18n/useI18n';

const choices: readonly { locale: Locale; short: string; name: 'language.fr' | 'language.en' }[] = [
  { locale: locales.fr, short: 'FR', name: 'language.fr' },
  { locale: locales.en, short: 'EN', name: 'language.en' },
];

/** FR / EN toggle buttons; the choice is remembered on this browser. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const labelId = useId();
  return (
    <div className="language-switch" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="visually-hidden">
        {t('language.label')}
      </span>
      {choices.map((choice) => (
        <button
          key={choice.locale}
          type="button"
          className="language-switch__button"
          lang={choice.locale}
          aria-pressed={locale === choice.locale}
          onClick={() => setLocale(choice.locale)}
        >
          <span aria-hidden="true">{choice.short}</span>
          <VisuallyHidden>{t(choice.name)}</VisuallyHidden>
        </button>
      ))}
    </div>
  );
}
