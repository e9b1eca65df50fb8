import { referential } from '../competencies/referential';
import { callFindings } from './callFindings';
import { forEachEvidence } from './forEachEvidence';
import type { Scenario } from './scenarioSchema';

export interface ScenarioCoverage {
  /** Every competency of the referential, with the ids of the scenarios that can observe it. */
  competencies: Record<string, string[]>;
}

/**
 * Which scenarios make each competency observable: a scenario observes a competency when one
 * of its choices, timers, endings or legal checks produces evidence for or against it.
 */
export function scenarioCoverage(scenarios: readonly Scenario[]): ScenarioCoverage {
  const competencies: Record<string, string[]> = Object.fromEntries(referential.competencies.map((c) => [c.id, []]));
  for (const scenario of scenarios) {
    const observed = new Set<string>();
    forEachEvidence(scenario, (_path, item) => observed.add((typeof item === 'string' ? item : item.competency).slice(1)));
    if (Object.values(scenario.steps).some((step) => step.dial)) {
      for (const finding of callFindings(scenario)) observed.add(finding.competency);
    }
    for (const id of observed) (competencies[id] ??= []).push(scenario.id);
  }
  return { competencies };
}

/** The first block needs each competency in two scenarios; the practical ADM ones in one. */
export function coverageGaps(coverage: ScenarioCoverage): string[] {
  return referential.competencies.flatMap((c) => {
    const needed = c.block === 'RCD' ? 2 : c.block === 'ADM' && c.practicalTest ? 1 : 0;
    const seen = coverage.competencies[c.id]?.length ?? 0;
    return seen < needed ? [`${c.id} « ${c.title.fr} » : ${seen} scénario(s), il en faut ${needed}`] : [];
  });
}
