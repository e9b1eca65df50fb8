import { describe, expect, it } from 'vitest';
import { checkSiret, luhn } from './checkSiret';

describe('checkSiret', () => {
  it.each(['84294182500080', '53053041900015', '51017544100011', '73282932000074'])('accepts the valid SIRET %s', (siret) => {
    expect(checkSiret(siret)).toEqual({ ok: true, siret });
  });

  it('accepts a SIRET typed with spaces, and keeps the 14 digits', () => {
    expect(checkSiret('842 941 825 00080')).toEqual({ ok: true, siret: '84294182500080' });
  });

  it('refuses a SIRET with one wrong digit (the Luhn key)', () => {
    const check = checkSiret('84294182500081');
    expect(check).toMatchObject({ ok: false, error: { code: 'siret.checksum' } });
    if (!check.ok) expect(check.error.message.fr).toContain('clé de contrôle');
  });

  it('refuses a SIRET whose own key holds but whose SIREN does not', () => {
    // 123456789 fails the Luhn key; the NIC is chosen so the 14 digits pass it.
    const siret = Array.from({ length: 10 }, (_, key) => `1234567890000${key}`).find(luhn)!;
    expect(luhn('123456789')).toBe(false);
    expect(luhn(siret)).toBe(true);
    expect(checkSiret(siret)).toMatchObject({ ok: false, error: { code: 'siret.checksum' } });
  });

  it('refuses anything but 14 digits', () => {
    expect(checkSiret('842941825')).toMatchObject({ ok: false, error: { code: 'siret.format' } }); // a SIREN alone
    expect(checkSiret('8429418250008A')).toMatchObject({ ok: false, error: { code: 'siret.format' } });
    expect(checkSiret('842941825000800')).toMatchObject({ ok: false, error: { code: 'siret.format' } });
  });

  describe('La Poste (SIREN 356 000 000): the sum of the 14 digits must be a multiple of 5', () => {
    it('accepts an establishment that fails the Luhn key but whose digits sum to 45', () => {
      expect(luhn('35600000049837')).toBe(false);
      expect(checkSiret('35600000049837')).toEqual({ ok: true, siret: '35600000049837' });
    });

    it('refuses an establishment whose digits sum to 46, Luhn or not', () => {
      expect(checkSiret('35600000049838')).toMatchObject({ ok: false, error: { code: 'siret.checksum' } });
    });

    it('accepts the head office, 356 000 000 00048, which follows the Luhn key', () => {
      expect(checkSiret('356 000 000 00048')).toEqual({ ok: true, siret: '35600000000048' });
    });
  });
});
