import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from './checkScenario';
import { coverageGaps, scenarioCoverage } from './scenarioCoverage';

const load = (file: string) => checkScenarioText(readFileSync(file, 'utf8'), file).scenario!;
const mini = load('tests/fixtures/scenarios/mini.scenario.yaml');
const outbound = load('tests/fixtures/scenarios/sortant-mini.scenario.yaml');

describe('scenarioCoverage', () => {
  it('lists, for every competency of the referential, the scenarios whose evidence names it', () => {
    const { competencies } = scenarioCoverage([mini, outbound]);
    expect(Object.keys(competencies)).toHaveLength(41);
    expect(competencies['RCD-02']).toEqual(['mini']);
    expect(competencies['RCD-20']).toEqual(['mini', 'sortant-mini']);
    expect(competencies['ORG-01']).toEqual([]);
  });

  it('counts the competencies the law checks evidence when a scenario dials', () => {
    const { competencies } = scenarioCoverage([{ ...outbound, competencies: ['RCD-03'], steps: { ...outbound.steps, preparation: { ...outbound.steps.preparation!, options: [], dial: { goto: 'presentation' } } } }]);
    expect(competencies['RCD-01']).toEqual(['sortant-mini']);
  });

  it('names each first-block competency seen in fewer than two scenarios, and each practical ADM one seen in none', () => {
    const gaps = coverageGaps(scenarioCoverage([mini]));
    expect(gaps.filter((g) => g.startsWith('RCD-'))).toHaveLength(26);
    expect(gaps.filter((g) => g.startsWith('ADM-'))).toHaveLength(6);
    expect(gaps.some((g) => g.startsWith('ORG-'))).toBe(false);
    expect(gaps).toContain('RCD-02 « Accueillir un appel entrant selon la charte de l’entreprise » : 1 scénario(s), il en faut 2');
  });
});
