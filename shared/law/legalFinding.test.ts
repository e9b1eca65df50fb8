import { describe, expect, it } from 'vitest';
import { legalFinding } from './legalFinding';
import { legalRule } from './legalRules';

describe('legalFinding', () => {
  it('copies the rule’s competency and reference, and is a blocker only when broken', () => {
    const message = { fr: 'x', en: 'x' };
    expect(legalFinding('calling-hours', false, message)).toEqual({
      rule: 'calling-hours',
      ok: false,
      blocker: true,
      competency: 'RCD-01',
      reference: legalRule('calling-hours').reference,
      message,
    });
    expect(legalFinding('calling-hours', true, message).blocker).toBe(false);
    expect(legalFinding('opening-statement', false, message).blocker).toBe(false);
  });
});
