import type { ScenarioSummary } from './parseScenarioList';
import type { ScenarioCategory, ScenarioDirection } from './scenarioLabels';

export const allValues = 'all';

export type ScenarioFilters = {
  category: ScenarioCategory | typeof allValues;
  direction: ScenarioDirection | typeof allValues;
  /** A difficulty level, as a string (the select's value). */
  difficulty: string;
  /** A competency code (RCD-01…). */
  competency: string;
};

export const noFilters: ScenarioFilters = { category: allValues, direction: allValues, difficulty: allValues, competency: allValues };

/** The scenarios that match every filter, in their original order. */
export function filterScenarios(scenarios: readonly ScenarioSummary[], filters: ScenarioFilters): ScenarioSummary[] {
  return scenarios.filter(
    (scenario) =>
      (filters.category === allValues || scenario.category === filters.category) &&
      (filters.direction === allValues || scenario.direction === filters.direction) &&
      (filters.difficulty === allValues || String(scenario.difficulty) === filters.difficulty) &&
      (filters.competency === allValues || scenario.competencies.includes(filters.competency)),
  );
}

/** The difficulty levels and competency codes the scenarios have, sorted: the filters' choices. */
export function filterChoices(scenarios: readonly ScenarioSummary[]): { difficulties: number[]; competencies: string[] } {
  const difficulties = [...new Set(scenarios.map((scenario) => scenario.difficulty))].sort((a, b) => a - b);
  const competencies = [...new Set(scenarios.flatMap((scenario) => scenario.competencies))].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }));
  return { difficulties, competencies };
}

export function hasActiveFilter(filters: ScenarioFilters): boolean {
  return Object.values(filters).some((value) => value !== allValues);
}
