import type { ScenarioSummary } from './parseScenarioList';
import type { ScenarioCategory, ScenarioDirection } from './scenarioLabels';

export const allValues = 'all';

export type ScenarioFilters = {
  category: ScenarioCategory | typeof allValues;
  direction: ScenarioDirection | typeof allValues;
};

export const noFilters: ScenarioFilters = { category: allValues, direction: allValues };

/** The scenarios that match both filters, in their original order. */
export function filterScenarios(scenarios: readonly ScenarioSummary[], filters: ScenarioFilters): ScenarioSummary[] {
  return scenarios.filter(
    (scenario) =>
      (filters.category === allValues || scenario.category === filters.category) &&
      (filters.direction === allValues || scenario.direction === filters.direction),
  );
}
