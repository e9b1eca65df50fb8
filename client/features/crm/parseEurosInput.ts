/**
 * Cents from an amount typed by a person: '129', '129,5', '1 234,56 €', '1234.56'. A comma or a
 * point is the decimal mark (at most two decimals); spaces group thousands. Null for anything
 * else, negative amounts included.
 */
export function parseEurosInput(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '').replace(/^€/, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** The text to put back in a field for an amount in cents: '129,00' / '129.00'. */
export function centsToInput(cents: number, locale: 'fr' | 'en'): string {
  const text = (cents / 100).toFixed(2);
  return locale === 'fr' ? text.replace('.', ',') : text;
}
