import { isScenarioCategory, isScenarioDirection } from './scenarioLabels';

import type { ScenarioSummary } from '../../../shared/scenario/scenarioSummary';

export type { ScenarioSummary };

/** Thrown when the answer is not `{ scenarios: [...] }` at all. */
export class ScenarioListFormatError extends Error {
  override readonly name = 'ScenarioListFormatError';
}

/**
 * Reads the body of `GET /api/scenarios`. A malformed body throws; a malformed entry (unknown
 * category, missing field…) is left out, so one bad scenario does not hide the others. A missing
 * briefing reads as empty (the card then shows none).
 */
export function parseScenarioList(body: unknown): ScenarioSummary[] {
  if (!isRecord(body) || !Array.isArray(body.scenarios)) {
    throw new ScenarioListFormatError('Expected { scenarios: [...] }');
  }
  return body.scenarios.flatMap((entry): ScenarioSummary[] => {
    const scenario = parseEntry(entry);
    return scenario ? [scenario] : [];
  });
}

function parseEntry(entry: unknown): ScenarioSummary | null {
  if (!isRecord(entry)) return null;
  const { id, title, category, direction, difficulty, durationMinutes, competencies, briefing } = entry;
  if (
    typeof id !== 'string' ||
    id === '' ||
    typeof title !== 'string' ||
    typeof category !== 'string' ||
    !isScenarioCategory(category) ||
    typeof direction !== 'string' ||
    !isScenarioDirection(direction) ||
    !isFiniteNumber(difficulty) ||
    !isFiniteNumber(durationMinutes) ||
    !Array.isArray(competencies) ||
    !competencies.every((code) => typeof code === 'string') ||
    (briefing !== undefined && typeof briefing !== 'string')
  ) {
    return null;
  }
  return { id, title, category, direction, difficulty, durationMinutes, competencies, briefing: briefing ?? '' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
