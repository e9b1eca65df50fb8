import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './checkScenario';
import { scenarioDay } from './scenarioDay';

const mini = checkScenarioText(readFileSync('tests/fixtures/scenarios/mini.scenario.yaml', 'utf8'), 'mini.scenario.yaml').scenario!;
const OUTBOUND = readFileSync('tests/fixtures/scenarios/sortant-mini.scenario.yaml', 'utf8');
const outbound = checkScenarioText(OUTBOUND, 'sortant-mini.scenario.yaml').scenario!;

describe('scenarioDay', () => {
  it('is the scenario\'s date, else the local day of its outbound call, else the day it is played', () => {
    expect(scenarioDay({ ...mini, date: '2026-12-02' }, '2027-01-15')).toBe('2026-12-02');
    expect(scenarioDay(outbound, '2027-01-15')).toBe('2026-09-14');
    expect(scenarioDay({ ...outbound, call: { ...outbound.call!, at: '2026-09-14T22:30:00Z', time_zone: 'Indian/Reunion' } }, '2027-01-15')).toBe('2026-09-15');
    expect(scenarioDay(mini, '2027-01-15')).toBe('2027-01-15');
  });

  it('refuses a date that contradicts the outbound call', () => {
    const text = OUTBOUND.replace('duration: 4 min', 'duration: 4 min\ndate: 2026-09-15');
    expect(checkScenarioText(text, 'sortant-mini.scenario.yaml').diagnostics).toEqual([expect.objectContaining({ code: 'date-mismatch', severity: 'error' })]);
  });
});
