import { describe, expect, it } from 'vitest';
import { joinCodeAlphabet, joinCodeLength, newJoinCode, normalizeJoinCode } from './joinCodes';

describe('newJoinCode', () => {
  it('has at least 40 bits of entropy, in two groups of four upper-case symbols', () => {
    expect(joinCodeLength * Math.log2(joinCodeAlphabet.length)).toBeGreaterThanOrEqual(40);
    for (let i = 0; i < 200; i += 1) expect(newJoinCode()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('draws from an alphabet without the symbols read or heard alike (O, I, L, U)', () => {
    expect(new Set(joinCodeAlphabet).size).toBe(joinCodeAlphabet.length);
    expect(joinCodeAlphabet).toMatch(/^[0-9A-Z]+$/);
    for (const ambiguous of 'OILU') expect(joinCodeAlphabet).not.toContain(ambiguous);
    const seen = new Set(Array.from({ length: 500 }, () => newJoinCode().replace('-', '')).join(''));
    for (const symbol of seen) expect(joinCodeAlphabet).toContain(symbol);
  });

  it('uses every symbol in every position about equally (uniform draw), and never repeats in 20,000 codes', () => {
    const codes = Array.from({ length: 20_000 }, () => newJoinCode().replace('-', ''));
    expect(new Set(codes).size).toBe(codes.length);
    const expected = codes.length / joinCodeAlphabet.length; // 625 per symbol and position
    for (let position = 0; position < joinCodeLength; position += 1) {
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code[position]!, (counts.get(code[position]!) ?? 0) + 1);
      expect(counts.size).toBe(joinCodeAlphabet.length);
      // Chi-square with 31 degrees of freedom: above 70 happens with p < 1e-4 for a uniform draw.
      const chiSquare = [...counts.values()].reduce((sum, n) => sum + (n - expected) ** 2 / expected, 0);
      expect(chiSquare, `position ${position}`).toBeLessThan(70);
    }
  });
});

describe('normalizeJoinCode', () => {
  it('gives back every code as written, whatever the case, spaces and dashes', () => {
    for (let i = 0; i < 100; i += 1) {
      const code = newJoinCode();
      expect(normalizeJoinCode(code)).toBe(code);
      expect(normalizeJoinCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
      expect(normalizeJoinCode(code.replace('-', '').split('').join('-'))).toBe(code);
    }
  });

  it('maps the usual misreadings: O to 0, I and L to 1, U to V', () => {
    expect(normalizeJoinCode('k7qo-m4ti')).toBe('K7Q0-M4T1');
    expect(normalizeJoinCode('L0UX m4tz')).toBe('10VX-M4TZ');
    expect(normalizeJoinCode('ｋ７ＱＸＭ４ＴＺ')).toBe('K7QX-M4TZ');
  });

  it('is null for what cannot be a code', () => {
    for (const input of ['', 'K7QX-M4T', 'K7QX-M4TZ9', 'K7QX-M4T!', 'K7QX-M4TÉ', '../../etc']) expect(normalizeJoinCode(input), input).toBeNull();
  });
});
