import { describe, expect, test } from 'vitest';
import { spellCode } from './spellCode';

describe('spellCode', () => {
  test('reads each letter with the French spelling alphabet and each digit as a word', () => {
    expect(spellCode('k7-m', 'fr')).toEqual(['K comme Kléber', '7 (sept)', 'tiret', 'M comme Marcel']);
  });

  test('uses the NATO alphabet in English and skips spaces', () => {
    expect(spellCode('X 2', 'en')).toEqual(['X as in X-ray', '2 (two)']);
  });
});
