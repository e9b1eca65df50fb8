import { useCrmI18n } from './useCrmI18n';
import type { FieldMessage } from './useCrmForm';

/** Turns a field message into text in the current language. */
export function useFieldMessage(): (message: FieldMessage | undefined) => string | undefined {
  const { t, locale } = useCrmI18n();
  return (message) => (message === undefined ? undefined : 'key' in message ? t(message.key) : message.text[locale]);
}
