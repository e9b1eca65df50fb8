import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneFromFixture } from './normalizePhone';

describe('normalizePhone (libphonenumber-js, France by default)', () => {
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '+33 6 12 34 56 78',
    '+33612345678',
    '+33 (0)6 12 34 56 78',
    '0033 6 12 34 56 78',
  ])('reads %s as +33612345678, shown 06 12 34 56 78', (text) => {
    expect(normalizePhone(text)).toEqual({ ok: true, phone: { e164: '+33612345678', display: '06 12 34 56 78' } });
  });

  it('reads landlines and non-geographic numbers', () => {
    expect(normalizePhone('04 76 48 21 37')).toMatchObject({ ok: true, phone: { e164: '+33476482137', display: '04 76 48 21 37' } });
    expect(normalizePhone('09 72 10 10 10')).toMatchObject({ ok: true, phone: { e164: '+33972101010' } });
  });

  it('shows foreign and overseas numbers in international form', () => {
    expect(normalizePhone('+32 2 555 12 12')).toEqual({ ok: true, phone: { e164: '+3225551212', display: '+32 2 555 12 12' } });
    expect(normalizePhone('+262 692 12 34 56')).toMatchObject({ ok: true, phone: { e164: '+262692123456' } });
  });

  it('refuses a number with a digit missing, in French and English', () => {
    const check = normalizePhone('06 12 34 56 7');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error.code).toBe('phone.invalid');
    expect(check.error.message.fr).toContain('06 12 34 56 7');
    expect(check.error.message.en).toContain('Invalid phone number');
  });

  it('refuses too many digits, unassigned ranges and words', () => {
    expect(normalizePhone('06 12 34 56 78 9')).toMatchObject({ ok: false, error: { message: { fr: expect.stringContaining('trop de chiffres') } } });
    expect(normalizePhone('00 00 00 00 00').ok).toBe(false);
    expect(normalizePhone('01 23').ok).toBe(false);
    expect(normalizePhone('pas de téléphone')).toMatchObject({ ok: false, error: { message: { en: expect.stringContaining('not a number') } } });
  });

  it('keeps a fixture number that does not parse, as written', () => {
    expect(phoneFromFixture('06 12 34')).toEqual({ e164: null, display: '06 12 34' });
    expect(phoneFromFixture('0612345678')).toEqual({ e164: '+33612345678', display: '06 12 34 56 78' });
  });
});
