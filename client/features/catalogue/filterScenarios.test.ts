import { describe, expect, test } from 'vitest';
import { filterChoices, filterScenarios, hasActiveFilter, noFilters } from './filterScenarios';
import type { ScenarioSummary } from './parseScenarioList';

const base = { durationMinutes: 5, briefing: '' };
const scenarios: ScenarioSummary[] = [
  { ...base, id: 'a', title: 'A', category: 'sales', direction: 'inbound', difficulty: 2, competencies: ['RCD-02', 'RCD-10'] },
  { ...base, id: 'b', title: 'B', category: 'sales', direction: 'outbound', difficulty: 3, competencies: ['RCD-01'] },
  { ...base, id: 'c', title: 'C', category: 'loyalty', direction: 'outbound', difficulty: 3, competencies: ['RCD-10', 'ADM-07'] },
];
const ids = (list: ScenarioSummary[]) => list.map((scenario) => scenario.id);

describe('filterScenarios', () => {
  test('no filter keeps everything, in order', () => {
    expect(ids(filterScenarios(scenarios, noFilters))).toEqual(['a', 'b', 'c']);
    expect(hasActiveFilter(noFilters)).toBe(false);
  });

  test('filters by category, by direction, and by both', () => {
    expect(ids(filterScenarios(scenarios, { ...noFilters, category: 'sales' }))).toEqual(['a', 'b']);
    expect(ids(filterScenarios(scenarios, { ...noFilters, direction: 'outbound' }))).toEqual(['b', 'c']);
    expect(ids(filterScenarios(scenarios, { ...noFilters, category: 'sales', direction: 'outbound' }))).toEqual(['b']);
    expect(ids(filterScenarios(scenarios, { ...noFilters, category: 'support' }))).toEqual([]);
  });

  test('filters by difficulty and by competency, with the others', () => {
    expect(ids(filterScenarios(scenarios, { ...noFilters, difficulty: '3' }))).toEqual(['b', 'c']);
    expect(ids(filterScenarios(scenarios, { ...noFilters, competency: 'RCD-10' }))).toEqual(['a', 'c']);
    expect(ids(filterScenarios(scenarios, { ...noFilters, competency: 'RCD-10', difficulty: '3' }))).toEqual(['c']);
    expect(ids(filterScenarios(scenarios, { ...noFilters, competency: 'RCD-26' }))).toEqual([]);
    expect(hasActiveFilter({ ...noFilters, competency: 'RCD-10' })).toBe(true);
  });

  test('offers the difficulties and competencies the scenarios have, sorted', () => {
    expect(filterChoices(scenarios)).toEqual({ difficulties: [2, 3], competencies: ['ADM-07', 'RCD-01', 'RCD-02', 'RCD-10'] });
  });
});
