import { describe, expect, test } from 'vitest';
import { centsToInput, parseEurosInput } from './parseEurosInput';

describe('parseEurosInput', () => {
  test('reads amounts written the French or the English way', () => {
    expect(parseEurosInput('129')).toBe(12900);
    expect(parseEurosInput('129,5')).toBe(12950);
    expect(parseEurosInput('1 234,56 €')).toBe(123456);
    expect(parseEurosInput('1\u202f234,56\u00a0€')).toBe(123456);
    expect(parseEurosInput('1234.56')).toBe(123456);
    expect(parseEurosInput('€12.5')).toBe(1250);
  });

  test('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '12,345', '1,2,3', '12 €x']) expect(parseEurosInput(text), text).toBeNull();
  });

  test('writes cents back for a field', () => {
    expect(centsToInput(12900, 'fr')).toBe('129,00');
    expect(centsToInput(1250, 'en')).toBe('12.50');
  });
});
