import { parseDuration } from './durations';
import { textIn } from './localizedText';
import type { Language } from './localizedText';
import type { Category, Direction, Scenario } from './scenarioSchema';

/** What a catalogue shows of a scenario: never the examiner notes, the steps or the evidence. */
export interface ScenarioSummary {
  id: string;
  title: string;
  category: Category;
  direction: Direction;
  difficulty: number;
  durationMinutes: number;
  competencies: string[];
  briefing: string;
}

export function toScenarioSummary(scenario: Scenario, language: Language = 'fr'): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    category: scenario.category,
    direction: scenario.direction,
    difficulty: scenario.difficulty,
    durationMinutes: Math.round((parseDuration(scenario.duration) ?? 0) / 60_000),
    competencies: [...scenario.competencies],
    briefing: textIn(scenario.briefing, language),
  };
}
