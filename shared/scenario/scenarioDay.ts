import { localDateTime, parseInstant } from '../law/localDateTime';
import type { Scenario } from './scenarioSchema';

/**
 * The business day a scenario's call takes place: its `date`, else the local date of its
 * outbound `call`, else `fallback` (the day the session is played).
 */
export function scenarioDay(scenario: Scenario, fallback: string): string {
  if (scenario.date) return scenario.date;
  if (scenario.call) return localDateTime(parseInstant(scenario.call.at), scenario.call.time_zone).date;
  return fallback;
}
