import { describe, expect, test } from 'vitest';
import { filterScenarios, noFilters } from './filterScenarios';
import type { ScenarioSummary } from './parseScenarioList';

const base = { difficulty: 1, durationMinutes: 5, competencies: [], briefing: '' };
const scenarios: ScenarioSummary[] = [
  { ...base, id: 'a', title: 'A', category: 'sales', direction: 'inbound' },
  { ...base, id: 'b', title: 'B', category: 'sales', direction: 'outbound' },
  { ...base, id: 'c', title: 'C', category: 'loyalty', direction: 'outbound' },
];
const ids = (list: ScenarioSummary[]) => list.map((scenario) => scenario.id);

describe('filterScenarios', () => {
  test('no filter keeps everything, in order', () => {
    expect(ids(filterScenarios(scenarios, noFilters))).toEqual(['a', 'b', 'c']);
  });

  test('filters by category, by direction, and by both', () => {
    expect(ids(filterScenarios(scenarios, { category: 'sales', direction: 'all' }))).toEqual(['a', 'b']);
    expect(ids(filterScenarios(scenarios, { category: 'all', direction: 'outbound' }))).toEqual(['b', 'c']);
    expect(ids(filterScenarios(scenarios, { category: 'sales', direction: 'outbound' }))).toEqual(['b']);
    expect(ids(filterScenarios(scenarios, { category: 'support', direction: 'all' }))).toEqual([]);
  });
});
