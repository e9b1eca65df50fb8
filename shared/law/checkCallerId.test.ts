import { describe, expect, it } from 'vitest';
import { checkCallerId, normalizePhoneNumber } from './checkCallerId';

describe('normalizePhoneNumber', () => {
  it.each([
    ['01 84 60 12 34', '0184601234'],
    ['01.84.60.12.34', '0184601234'],
    ['01-84-60-12-34', '0184601234'],
    ['+33 1 84 60 12 34', '0184601234'],
    ['+33 (0)1 84 60 12 34', '0184601234'],
    ['0033 1 84 60 12 34', '0184601234'],
    ['+33 8 99 12 34 56', '0899123456'],
    ['+262 262 12 34 56', '+262262123456'],
  ])('%s → %s', (input, output) => {
    expect(normalizePhoneNumber(input)).toBe(output);
  });
});

describe('checkCallerId (L221-17, arrêté du 5 juillet 2016)', () => {
  it.each(['', '   ', 'anonymous', 'Anonymous', 'masqué', 'private'])('refuses a masked number (%j)', (number) => {
    const f = checkCallerId(number);
    expect(f).toMatchObject({ rule: 'caller-id', ok: false, blocker: true, competency: 'RCD-01' });
    expect(f.message.fr).toContain('Numéro masqué');
  });

  it.each(['08 99 12 34 56', '0892 68 01 23', '08.90.12.34.56', '+33 8 99 12 34 56', '0033 891 23 45 67'])('refuses the 089 premium-rate number %s', (number) => {
    expect(checkCallerId(number)).toMatchObject({ ok: false, blocker: true, message: { fr: expect.stringContaining('089') } });
  });

  it.each(['3900', '32 00', '36.17', '3999'])('refuses the 3BPQ short number %s', (number) => {
    expect(checkCallerId(number)).toMatchObject({ ok: false, message: { fr: expect.stringContaining('3BPQ') } });
  });

  it.each(['3010', '30 00', '3179'])('allows the 30PQ/31PQ short number %s', (number) => {
    expect(checkCallerId(number).ok).toBe(true);
  });

  it.each(['118 218', '118712', '118.008'])('refuses the 118XYZ directory number %s', (number) => {
    expect(checkCallerId(number)).toMatchObject({ ok: false, message: { fr: expect.stringContaining('118XYZ') } });
  });

  it.each(['01 84 60 12 34', '+33 1 84 60 12 34', '06.12.34.56.78', '09 70 12 34 56', '0800 123 456', '+262 262 12 34 56', '+44 20 7946 0958'])(
    'allows %s',
    (number) => {
      const f = checkCallerId(number);
      expect(f).toMatchObject({ ok: true, blocker: false });
      expect(f.message.fr).toBe(`Numéro affiché ${number} : numéro visible et d’une tranche autorisée`);
    },
  );

  it.each(['12345', 'abc', '0012', '01 84 60 12'])('refuses %s, which is not a phone number', (number) => {
    expect(checkCallerId(number)).toMatchObject({ ok: false, message: { fr: expect.stringContaining('pas un numéro de téléphone valable') } });
  });
});
