import { randomInt } from 'node:crypto';

export { createAttemptLimiter } from './createAttemptLimiter';
export type { AttemptLimiter, AttemptLimiterOptions, AttemptVerdict } from './createAttemptLimiter';

/**
 * Crockford's base 32: digits and capitals without I, L, O and U, so 0/O, 1/I/L and U/V cannot
 * be confused (a typed O reads as 0, I and L as 1, U as V).
 */
export const joinCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Symbols per code: 8 × 5 bits = 40 bits, read aloud as two groups of four (`K7QX-M4TZ`). */
export const joinCodeLength = 8;
const GROUP = 4;

const misreadings: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', U: 'V' };

/** A fresh join code, each symbol drawn uniformly with crypto.randomInt: `K7QX-M4TZ`. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < joinCodeLength; i += 1) code += joinCodeAlphabet[randomInt(joinCodeAlphabet.length)];
  return format(code);
}

/**
 * The code as `newJoinCode` writes it, from what a candidate typed: any case, spaces, dashes,
 * dots or underscores, and the usual misreadings (O→0, I/L→1, U→V). Null when it cannot be a
 * code at all (wrong length, other characters), so it can be refused without a lookup.
 */
export function normalizeJoinCode(input: string): string | null {
  const symbols = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s._-]+/g, '')
    .replace(/[OILU]/g, (letter) => misreadings[letter]!);
  if (symbols.length !== joinCodeLength) return null;
  for (const symbol of symbols) if (!joinCodeAlphabet.includes(symbol)) return null;
  return format(symbols);
}

function format(symbols: string): string {
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}
