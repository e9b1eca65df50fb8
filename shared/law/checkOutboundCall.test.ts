import { describe, expect, it } from 'vitest';
import { checkOutboundCall } from './checkOutboundCall';
import type { LegalFinding, OutboundCall } from './checkOutboundCall';
import { legalLimits, legalRule } from './legalRules';
import type { LegalRuleId } from './legalRules';

// Instants are written in UTC where the point is the conversion to the consumer's time zone.
// 2026-09-15 is a Tuesday in the consent regime; Paris is then UTC+2.
function call(overrides: Partial<OutboundCall> = {}): OutboundCall {
  return {
    at: '2026-09-15T08:30:00Z', // 10:30 in Paris
    timeZone: 'Europe/Paris',
    consumer: true,
    purpose: 'canvassing',
    consent: { given: true, date: '2026-09-01' },
    callerId: '01 84 60 12 34',
    ...overrides,
  };
}

function finding(c: OutboundCall, rule: LegalRuleId): LegalFinding | undefined {
  return checkOutboundCall(c).find((f) => f.rule === rule);
}

function rulesOf(c: OutboundCall): LegalRuleId[] {
  return checkOutboundCall(c).map((f) => f.rule);
}

function breaches(c: OutboundCall): LegalRuleId[] {
  return checkOutboundCall(c)
    .filter((f) => !f.ok)
    .map((f) => f.rule);
}

describe('checkOutboundCall: the findings', () => {
  it('returns one finding per applicable rule, in the order of legalRules, all ok for a lawful call', () => {
    const findings = checkOutboundCall(call());
    expect(findings.map((f) => f.rule)).toEqual([
      'canvassing-consent',
      'calling-days',
      'calling-hours',
      'attempt-limit',
      'refusal-cooldown',
      'banned-sectors',
      'caller-id',
    ]);
    expect(findings.every((f) => f.ok && !f.blocker)).toBe(true);
    for (const f of findings) {
      expect(f.reference).toBe(legalRule(f.rule).reference);
      expect(f.competency).toBe('RCD-01');
      expect(f.message.fr.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it('gives the example message for 13:05 in Paris', () => {
    const f = finding(call({ at: '2026-09-14T13:05:00+02:00' }), 'calling-hours');
    expect(f).toMatchObject({ ok: false, blocker: true, competency: 'RCD-01' });
    expect(f?.message).toEqual({
      fr: 'Appel hors des horaires autorisés : 13 h 05 à Paris (autorisé 10 h–13 h et 14 h–20 h)',
      en: 'Call outside the allowed hours: 13:05 in Paris (allowed 10:00–13:00 and 14:00–20:00)',
    });
  });

  it('refuses an instant without offset and an unknown time zone', () => {
    expect(() => checkOutboundCall(call({ at: '2026-09-15T10:30:00' }))).toThrow(RangeError);
    expect(() => checkOutboundCall(call({ timeZone: 'Europe/Atlantis' }))).toThrow(RangeError);
    expect(() => checkOutboundCall(call({ previousAttempts: ['2026-09-01 10:00'] }))).toThrow(RangeError);
  });
});

describe('calling-hours (D223-9): 10:00–13:00 and 14:00–20:00 in the consumer’s time zone', () => {
  // Paris local time → UTC instant, summer (Tuesday 15 Sept 2026, UTC+2) and winter (Tuesday
  // 12 Jan 2027, UTC+1).
  it.each([
    ['09:59', '2026-09-15T07:59:00Z', '2027-01-12T08:59:00Z', false],
    ['10:00', '2026-09-15T08:00:00Z', '2027-01-12T09:00:00Z', true],
    ['12:59', '2026-09-15T10:59:00Z', '2027-01-12T11:59:00Z', true],
    ['13:00', '2026-09-15T11:00:00Z', '2027-01-12T12:00:00Z', false],
    ['13:59', '2026-09-15T11:59:00Z', '2027-01-12T12:59:00Z', false],
    ['14:00', '2026-09-15T12:00:00Z', '2027-01-12T13:00:00Z', true],
    ['19:59', '2026-09-15T17:59:00Z', '2027-01-12T18:59:00Z', true],
    ['20:00', '2026-09-15T18:00:00Z', '2027-01-12T19:00:00Z', false],
  ])('%s in Paris: summer %s and winter %s → allowed %s', (_local, summer, winter, allowed) => {
    for (const at of [summer, winter]) {
      const f = finding(call({ at }), 'calling-hours');
      expect(f?.ok).toBe(allowed);
      expect(f?.blocker).toBe(!allowed);
      expect(breaches(call({ at }))).toEqual(allowed ? [] : ['calling-hours']);
    }
  });

  it('counts 12:59:59 as 12:59 (allowed)', () => {
    expect(finding(call({ at: '2026-09-15T10:59:59Z' }), 'calling-hours')?.ok).toBe(true);
  });

  it('reads La Réunion’s clock (UTC+4): 09:30 Paris is 11:30 there, 17:30 Paris is 19:30 in summer, 20:30 in winter', () => {
    const reunion = (at: string): LegalFinding | undefined => finding(call({ at, timeZone: 'Indian/Reunion' }), 'calling-hours');
    expect(reunion('2026-09-15T09:30:00+02:00')).toMatchObject({ ok: true, message: { fr: expect.stringContaining('11 h 30 à La Réunion') } });
    expect(reunion('2026-09-15T17:30:00+02:00')).toMatchObject({ ok: true, message: { fr: expect.stringContaining('19 h 30 à La Réunion') } });
    expect(reunion('2027-01-12T09:30:00+01:00')).toMatchObject({ ok: true, message: { fr: expect.stringContaining('12 h 30 à La Réunion') } });
    expect(reunion('2027-01-12T17:30:00+01:00')).toMatchObject({
      ok: false,
      blocker: true,
      message: { fr: expect.stringContaining('20 h 30 à La Réunion'), en: expect.stringContaining('20:30 in Réunion') },
    });
  });

  it('reads Martinique’s clock (UTC-4): 14:00 in Paris is 08:00 there', () => {
    const f = finding(call({ at: '2026-09-15T14:00:00+02:00', timeZone: 'America/Martinique' }), 'calling-hours');
    expect(f).toMatchObject({ ok: false, message: { fr: expect.stringContaining('8 h 00 en Martinique') } });
  });
});

describe('calling-days (D223-9): Monday to Friday, not public holidays', () => {
  it('forbids Saturday and Sunday, at an allowed hour', () => {
    const saturday = finding(call({ at: '2026-09-19T08:30:00Z' }), 'calling-days');
    expect(saturday).toMatchObject({ ok: false, blocker: true });
    expect(saturday?.message.fr).toBe('Appel un samedi (19 septembre 2026) à Paris : le démarchage n’est permis que du lundi au vendredi');
    expect(breaches(call({ at: '2026-09-19T08:30:00Z' }))).toEqual(['calling-days']);
    expect(finding(call({ at: '2026-09-20T08:30:00Z' }), 'calling-days')?.message.en).toContain('Sunday');
    expect(finding(call({ at: '2026-09-18T08:30:00Z' }), 'calling-days')?.ok).toBe(true); // Friday
  });

  it('forbids Whit Monday (25 May 2026) and 14 July', () => {
    const whitMonday = finding(call({ at: '2026-05-25T08:30:00Z', onBloctel: false }), 'calling-days');
    expect(whitMonday).toMatchObject({ ok: false, blocker: true, message: { fr: 'Appel un jour férié (Lundi de Pentecôte, 25 mai 2026) : démarchage interdit' } });
    expect(finding(call({ at: '2026-05-26T08:30:00Z', onBloctel: false }), 'calling-days')?.ok).toBe(true);
    expect(finding(call({ at: '2026-07-14T08:30:00Z', onBloctel: false }), 'calling-days')).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('Bastille Day') },
    });
  });

  it('adds Good Friday and 26 December for a consumer in Alsace-Moselle', () => {
    const goodFriday = call({ at: '2027-03-26T09:30:00Z' });
    expect(finding(goodFriday, 'calling-days')?.ok).toBe(true);
    expect(finding({ ...goodFriday, region: 'alsace-moselle' }, 'calling-days')).toMatchObject({ ok: false, message: { fr: expect.stringContaining('Vendredi saint') } });
    const stStephen = call({ at: '2028-12-26T09:30:00Z', consent: { given: true, date: '2028-06-01' } });
    expect(finding(stStephen, 'calling-days')?.ok).toBe(true);
    expect(finding({ ...stStephen, region: 'alsace-moselle' }, 'calling-days')?.ok).toBe(false);
  });

  it('takes the holiday on the consumer’s calendar: 22:30 on 11 November in Martinique is 03:30 on 12 November in Paris', () => {
    const at = '2026-11-12T02:30:00Z';
    expect(finding(call({ at, timeZone: 'America/Martinique' }), 'calling-days')?.message.fr).toContain('Armistice 1918');
    expect(finding(call({ at }), 'calling-days')?.ok).toBe(true);
  });
});

describe('canvassing-consent and bloctel: the same call on 10 and 11 August 2026', () => {
  const monday10 = '2026-08-10T08:30:00Z'; // 10:30 in Paris, last day of the Bloctel regime
  const tuesday11 = '2026-08-11T08:30:00Z'; // 10:30 in Paris, first day of the consent regime

  it('applies Bloctel until 10 August and consent from 11 August, never both', () => {
    const onList = { onBloctel: true, consent: undefined };
    expect(rulesOf(call({ ...onList, at: monday10 }))).toContain('bloctel');
    expect(rulesOf(call({ ...onList, at: monday10 }))).not.toContain('canvassing-consent');
    expect(breaches(call({ ...onList, at: monday10 }))).toEqual(['bloctel']);
    expect(rulesOf(call({ ...onList, at: tuesday11 }))).not.toContain('bloctel');
    expect(breaches(call({ ...onList, at: tuesday11 }))).toEqual(['canvassing-consent']);
  });

  it('lets a consumer off the list be called without consent on 10 August, not on 11 August', () => {
    const noConsent = { onBloctel: false, consent: undefined };
    expect(breaches(call({ ...noConsent, at: monday10 }))).toEqual([]);
    expect(finding(call({ ...noConsent, at: monday10 }), 'bloctel')?.ok).toBe(true);
    const f = finding(call({ ...noConsent, at: tuesday11 }), 'canvassing-consent');
    expect(f).toMatchObject({ ok: false, blocker: true, competency: 'RCD-01' });
    expect(f?.message.fr).toBe('Démarchage d’un consommateur sans consentement préalable : interdit depuis le 11 août 2026');
  });

  it('decides the regime by the consumer’s local date: 21:30 UTC on 10 August is 11 August in La Réunion', () => {
    const at = '2026-08-10T21:30:00Z';
    expect(rulesOf(call({ at }))).toContain('bloctel');
    expect(rulesOf(call({ at, timeZone: 'Indian/Reunion' }))).toContain('canvassing-consent');
  });
});

describe('the current-contract exception', () => {
  it('allows a contract-related call without consent, and despite Bloctel', () => {
    const contract = call({ purpose: 'contract', consent: undefined, onBloctel: true });
    expect(breaches(contract)).toEqual([]);
    expect(finding(contract, 'canvassing-consent')?.message.fr).toContain('contrat en cours');
    expect(finding({ ...contract, at: '2026-08-10T08:30:00Z' }, 'bloctel')).toMatchObject({ ok: true, message: { fr: expect.stringContaining('contrat en cours') } });
  });

  it('still applies the D223-9 days, hours and frequency to a contract-related call', () => {
    expect(breaches(call({ purpose: 'contract', consent: undefined, at: '2026-09-15T11:05:00Z' }))).toEqual(['calling-hours']);
    expect(breaches(call({ purpose: 'contract', consent: undefined, at: '2026-09-19T08:30:00Z' }))).toEqual(['calling-days']);
  });

  it('lifts the sector ban for a call within a current contract', () => {
    const f = finding(call({ purpose: 'contract', sector: 'energy-renovation' }), 'banned-sectors');
    expect(f).toMatchObject({ ok: true, message: { fr: expect.stringContaining('contrat en cours') } });
  });
});

describe('canvassing-consent: prior, provable, not withdrawn', () => {
  it('refuses a refusal, a consent without date, and a consent collected after the call', () => {
    expect(finding(call({ consent: { given: false, date: '2026-09-01' } }), 'canvassing-consent')).toMatchObject({ ok: false, blocker: true });
    expect(finding(call({ consent: { given: true } }), 'canvassing-consent')).toMatchObject({ ok: false, message: { fr: expect.stringContaining('sans date') } });
    // Collected at 11:00 in Paris the same day, the call was at 10:30.
    expect(finding(call({ consent: { given: true, date: '2026-09-15T11:00:00+02:00' } }), 'canvassing-consent')).toMatchObject({
      ok: false,
      message: { fr: expect.stringContaining('après l’appel') },
    });
    expect(finding(call({ consent: { given: true, date: '2026-09-15T10:00:00+02:00' } }), 'canvassing-consent')?.ok).toBe(true);
    // A date alone, the day of the call: counted as collected before it.
    expect(finding(call({ consent: { given: true, date: '2026-09-15' } }), 'canvassing-consent')?.ok).toBe(true);
  });

  it('refuses a consent withdrawn before the call, not one withdrawn after it', () => {
    expect(finding(call({ consent: { given: true, date: '2026-09-01', withdrawn: '2026-09-10' } }), 'canvassing-consent')).toMatchObject({
      ok: false,
      message: { fr: 'Consentement retiré le 10 septembre 2026 : démarchage interdit' },
    });
    expect(finding(call({ consent: { given: true, date: '2026-09-01', withdrawn: '2026-09-15' } }), 'canvassing-consent')?.ok).toBe(false);
    expect(finding(call({ consent: { given: true, date: '2026-09-01', withdrawn: '2026-09-15T09:00:00Z' } }), 'canvassing-consent')?.ok).toBe(true);
  });

  it('does not check the age of a consent until that rule is verified (legalLimits.consentValidityMonths)', () => {
    expect(legalLimits.consentValidityMonths).toBeNull();
    expect(finding(call({ consent: { given: true, date: '2024-09-15' }, at: '2026-09-16T08:30:00Z' }), 'canvassing-consent')?.ok).toBe(true);
  });

  it('lets a consent last one year at most when a school sets that limit (R223-1)', () => {
    const collected = { given: true, date: '2025-09-15' };
    const limits = { ...legalLimits, consentValidityMonths: 12 };
    const check = (at: string) => checkOutboundCall(call({ consent: collected, at }), limits).find((f) => f.rule === 'canvassing-consent');
    expect(check('2026-09-15T08:30:00Z')?.ok).toBe(true);
    expect(check('2026-09-16T08:30:00Z')).toMatchObject({
      ok: false,
      message: { fr: expect.stringContaining('expiré') },
    });
  });
});

describe('attempt-limit (D223-9): at most 4 calls or attempts in 30 days', () => {
  const four = ['2026-09-01T08:00:00Z', '2026-09-03T08:00:00Z', '2026-09-08T08:00:00Z', '2026-09-10T08:00:00Z'];

  it('allows the 4th attempt and forbids the 5th', () => {
    expect(finding(call({ previousAttempts: four.slice(1) }), 'attempt-limit')).toMatchObject({ ok: true, message: { fr: expect.stringMatching(/^4e appel/) } });
    const fifth = finding(call({ previousAttempts: four }), 'attempt-limit');
    expect(fifth).toMatchObject({ ok: false, blocker: true, competency: 'RCD-01' });
    expect(fifth?.message).toEqual({
      fr: '5e appel ou tentative en 30 jours auprès de ce consommateur : 4 au plus sont permis',
      en: '5th call or attempt in 30 days to this consumer: 4 at most are allowed',
    });
  });

  it('does not count an attempt 31 days ago', () => {
    expect(finding(call({ previousAttempts: ['2026-08-15T08:00:00Z', ...four.slice(1)] }), 'attempt-limit')?.ok).toBe(true);
  });

  it('counts the day of the call and the 29 days before it: 29 days ago counts, 30 days ago does not', () => {
    expect(finding(call({ previousAttempts: ['2026-08-17T08:00:00Z', ...four.slice(1)] }), 'attempt-limit')?.ok).toBe(false);
    expect(finding(call({ previousAttempts: ['2026-08-16T08:00:00Z', ...four.slice(1)] }), 'attempt-limit')?.ok).toBe(true);
  });

  it('counts an earlier attempt the same day, ignores attempts after the call', () => {
    expect(finding(call({ previousAttempts: [...four.slice(1), '2026-09-15T08:00:00Z'] }), 'attempt-limit')?.ok).toBe(false);
    expect(finding(call({ previousAttempts: [...four.slice(1), '2026-09-15T09:00:00Z'] }), 'attempt-limit')?.ok).toBe(true);
  });
});

describe('refusal-cooldown (D223-9): no canvassing for 60 days after a refusal', () => {
  // Refused on Friday 17 July 2026: day 59 is Monday 14 Sept, day 60 Tuesday 15, day 61 Wednesday 16.
  const refusedOn = '2026-07-17';
  const at = (date: string): string => `${date}T08:30:00Z`;

  it('forbids day 59 and allows day 61', () => {
    const day59 = finding(call({ refusedOn, at: at('2026-09-14') }), 'refusal-cooldown');
    expect(day59).toMatchObject({ ok: false, blocker: true });
    expect(day59?.message.fr).toBe('Démarchage refusé le 17 juillet 2026 : pas de nouvel appel avant le 16 septembre 2026 (60 jours)');
    expect(finding(call({ refusedOn, at: at('2026-09-16') }), 'refusal-cooldown')?.ok).toBe(true);
  });

  it('still forbids day 60 (the sixty days run from the day after the refusal)', () => {
    expect(finding(call({ refusedOn, at: at('2026-09-15') }), 'refusal-cooldown')?.ok).toBe(false);
  });

  it('forbids a call later the same day, and ignores a refusal after the call', () => {
    expect(finding(call({ refusedOn: '2026-09-15T08:00:00Z' }), 'refusal-cooldown')?.ok).toBe(false);
    expect(finding(call({ refusedOn: '2026-09-15T09:00:00Z' }), 'refusal-cooldown')?.ok).toBe(true);
    expect(finding(call({ refusedOn: '2026-09-16' }), 'refusal-cooldown')?.ok).toBe(true);
  });
});

describe('banned-sectors (L223-1)', () => {
  it.each(['energy-renovation', 'renewable-energy', 'home-adaptation'] as const)('forbids canvassing about %s outside a current contract', (sector) => {
    const f = finding(call({ sector }), 'banned-sectors');
    expect(f).toMatchObject({ ok: false, blocker: true, competency: 'RCD-01' });
    expect(breaches(call({ sector }))).toEqual(['banned-sectors']);
  });

  it('names the sector', () => {
    expect(finding(call({ sector: 'home-adaptation' }), 'banned-sectors')?.message.fr).toBe(
      'Démarchage téléphonique interdit pour l’adaptation du logement au vieillissement ou au handicap, hors contrat en cours',
    );
  });

  it('allows other sectors, and an unset sector', () => {
    expect(finding(call({ sector: 'other' }), 'banned-sectors')?.ok).toBe(true);
    expect(finding(call(), 'banned-sectors')?.ok).toBe(true);
  });

  it('bans energy renovation since 2020, home adaptation only from 11 August 2026', () => {
    const june = { at: '2026-06-16T08:30:00Z', onBloctel: false };
    expect(finding(call({ ...june, sector: 'energy-renovation' }), 'banned-sectors')?.ok).toBe(false);
    expect(finding(call({ ...june, sector: 'home-adaptation' }), 'banned-sectors')?.ok).toBe(true);
  });
});

describe('caller-id in an outbound call', () => {
  it('flags a masked number and a forbidden range', () => {
    expect(breaches(call({ callerId: '' }))).toEqual(['caller-id']);
    expect(breaches(call({ callerId: 'anonymous' }))).toEqual(['caller-id']);
    expect(finding(call({ callerId: '0899 12 34 56' }), 'caller-id')).toMatchObject({ ok: false, blocker: true });
  });
});

describe('calls outside consumer canvassing', () => {
  it('gives no finding for a business call at 21:00 on a Saturday, masked number and all', () => {
    expect(checkOutboundCall(call({ consumer: false, at: '2026-09-19T19:00:00Z', consent: undefined, callerId: '' }))).toEqual([]);
    expect(checkOutboundCall(call({ consumer: false, at: '2026-09-15T19:00:00Z' }))).toEqual([]);
  });

  it('treats a requested callback or after-sales call as not canvassing: only the caller ID is checked', () => {
    const service = call({ purpose: 'service', at: '2026-09-19T19:00:00Z', consent: undefined, sector: 'energy-renovation', refusedOn: '2026-09-10' });
    expect(rulesOf(service)).toEqual(['caller-id']);
    expect(breaches(service)).toEqual([]);
    expect(breaches({ ...service, callerId: 'anonymous' })).toEqual(['caller-id']);
  });
});
