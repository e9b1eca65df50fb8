import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callFindings } from './callFindings';
import { checkScenarioText } from './checkScenario';
import type { Scenario } from './scenarioSchema';

const outbound = checkScenarioText(readFileSync('tests/fixtures/scenarios/sortant-mini.scenario.yaml', 'utf8'), 'sortant-mini.scenario.yaml').scenario!;
const at2pm = { ...outbound, call: { ...outbound.call!, at: '2026-09-14T14:05:00+02:00' } };
const consent = (s: Scenario) => callFindings(s).find((f) => f.rule === 'canvassing-consent');
const withConsents = (consents: NonNullable<Scenario['crm']>['consents']): Scenario => ({ ...at2pm, crm: { ...at2pm.crm, consents } });

describe('callFindings', () => {
  it('checks the call with the time and purpose of the scenario', () => {
    expect(callFindings(outbound).filter((f) => !f.ok).map((f) => f.rule)).toEqual(['calling-hours']);
    expect(callFindings(at2pm).every((f) => f.ok)).toBe(true);
  });

  it('takes the most recent consent row of the customer for phone canvassing', () => {
    const given = { customer: 'C-7', channel: 'phone', purpose: 'canvassing', given: true, date: '2026-06-01' } as const;
    const refused = { ...given, given: false, date: '2026-09-01' } as const;
    expect(consent(withConsents([refused, given]))?.ok).toBe(false);
    expect(consent(withConsents([given, { ...refused, channel: 'sms' }]))?.ok).toBe(true);
    expect(consent(withConsents([{ ...given, withdrawn: '2026-09-10' }]))).toMatchObject({ ok: false, blocker: true });
    expect(consent(withConsents([]))).toMatchObject({ ok: false, blocker: true });
  });

  it('has nothing to say of an inbound call', () => {
    expect(callFindings({ ...outbound, call: undefined })).toEqual([]);
  });
});
