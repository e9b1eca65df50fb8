import type { Locale } from './locales';
import type { MessageKey, Messages } from './fr';

export type MessageVars = Readonly<Record<string, string | number>>;

/** Keys `B` such that both `B.one` and `B.other` exist: the bases `translatePlural` accepts. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** The message for `key` with its `{placeholders}` filled; an unknown placeholder stays visible. */
export function translate(messages: Messages, key: MessageKey, vars: MessageVars = {}): string {
  return messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in vars ? String(vars[name]) : placeholder,
  );
}

/**
 * The plural form of `base` for `count` following the locale's rules (French: 0 and 1 take the
 * singular); `{count}` is filled in, with any other `vars`.
 */
export function translatePlural(
  messages: Messages,
  locale: Locale,
  base: PluralKey,
  count: number,
  vars: MessageVars = {},
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return translate(messages, `${base}.${form}`, { count, ...vars });
}
