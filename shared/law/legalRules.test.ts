import { describe, expect, it } from 'vitest';
import { competencyById } from '../competencies/competencyById';
import { isIsoDate, addDays } from './isoDate';
import { BLOCTEL_REGIME_END, CONSENT_REGIME_START, bannedCanvassingSectors, legalLimits, legalRule, legalRuleIds, legalRules, ruleInForce } from './legalRules';
import type { LegalRule } from './legalRules';

const rules: readonly LegalRule[] = legalRules;

describe('legalRules', () => {
  it('holds exactly one rule per id, in the order of legalRuleIds, ids in kebab-case', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...legalRuleIds]);
    for (const rule of rules) expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('names a competency of the referential for every rule', () => {
    for (const rule of rules) {
      expect(competencyById(rule.competency), rule.id).toBeDefined();
      expect(['RCD-01', 'RCD-03', 'RCD-23', 'RCD-24']).toContain(rule.competency);
    }
  });

  it('has titles in French and English, a reference, and valid dates in order', () => {
    for (const rule of rules) {
      expect(rule.title.fr.length, rule.id).toBeGreaterThan(0);
      expect(rule.title.en.length, rule.id).toBeGreaterThan(0);
      expect(rule.reference.length, rule.id).toBeGreaterThan(0);
      if (rule.effectiveFrom !== undefined) expect(isIsoDate(rule.effectiveFrom), rule.id).toBe(true);
      if (rule.effectiveUntil !== undefined) expect(isIsoDate(rule.effectiveUntil), rule.id).toBe(true);
      if (rule.effectiveFrom !== undefined && rule.effectiveUntil !== undefined) {
        expect(rule.effectiveFrom <= rule.effectiveUntil, rule.id).toBe(true);
      }
    }
    for (const sector of Object.values(bannedCanvassingSectors)) expect(isIsoDate(sector.since)).toBe(true);
  });

  it('hands Bloctel over to consent with neither a gap nor an overlap', () => {
    expect(addDays(BLOCTEL_REGIME_END, 1)).toBe(CONSENT_REGIME_START);
    const consent = legalRule('canvassing-consent');
    const bloctel = legalRule('bloctel');
    expect([ruleInForce(bloctel, '2026-08-10'), ruleInForce(consent, '2026-08-10')]).toEqual([true, false]);
    expect([ruleInForce(bloctel, '2026-08-11'), ruleInForce(consent, '2026-08-11')]).toEqual([false, true]);
    expect(ruleInForce(legalRule('calling-hours'), '2023-02-28')).toBe(false);
    expect(ruleInForce(legalRule('calling-hours'), '2023-03-01')).toBe(true);
    expect(ruleInForce(legalRule('opening-statement'), '2030-01-01')).toBe(true);
  });

  it('marks as blockers the breaches that make the call or the sale unlawful', () => {
    expect(Object.fromEntries(rules.map((rule) => [rule.id, rule.blocker]))).toEqual({
      'canvassing-consent': true,
      bloctel: true,
      'calling-days': true,
      'calling-hours': true,
      'attempt-limit': true,
      'refusal-cooldown': true,
      'banned-sectors': true,
      'caller-id': true,
      'opening-statement': false,
      'durable-confirmation': true,
      'withdrawal-right': false,
      'withdrawal-honoured': true,
      'card-data': true,
    });
  });

  it('keeps the D223-9 limits', () => {
    expect(legalLimits.callingSlots).toEqual([
      { from: 600, to: 780 },
      { from: 840, to: 1200 },
    ]);
    expect(legalLimits.maxAttempts).toBe(4);
    expect(legalLimits.attemptWindowDays).toBe(30);
    expect(legalLimits.refusalCooldownDays).toBe(60);
    expect(legalLimits.withdrawalDays).toBe(14);
  });
});
