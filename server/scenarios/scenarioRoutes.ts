import type { Scenario } from '../../shared/scenario/scenarioSchema';
import { toScenarioSummary } from '../../shared/scenario/scenarioSummary';
import type { ApiRoute } from '../http/createRouter';
import { route } from '../http/createRouter';
import { sendJson } from '../http/sendJson';

/**
 * The scenario catalogue: `GET /api/scenarios[?lang=en]` lists what a candidate may see of each
 * scenario (summary and briefing), never the steps, the evidence or the examiner notes.
 */
export function scenarioRoutes(scenarios: readonly Scenario[]): ApiRoute[] {
  return [
    route('GET', '/api/scenarios', (req, res) => {
      const language = new URL(req.url ?? '/', 'http://plateau').searchParams.get('lang') === 'en' ? 'en' : 'fr';
      sendJson(res, 200, { scenarios: scenarios.map((scenario) => toScenarioSummary(scenario, language)) });
    }),
  ];
}
