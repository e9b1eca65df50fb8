import { referential } from '../../shared/competencies/referential';
import type { ScenarioCoverage } from '../../shared/scenario/scenarioCoverage';

/** The first block needs each competency in two scenarios; the practical ADM ones in one. */
export function coverageGaps(coverage: ScenarioCoverage): string[] {
  return referential.competencies.flatMap((c) => {
    const needed = c.block === 'RCD' ? 2 : c.block === 'ADM' && c.practicalTest ? 1 : 0;
    const seen = coverage.competencies[c.id]?.length ?? 0;
    return seen < needed ? [`${c.id} « ${c.title.fr} » : ${seen} scénario(s), il en faut ${needed}`] : [];
  });
}

/** A competency × scenario matrix for a terminal: one row per competency, a column per scenario. */
export function formatCoverage(coverage: ScenarioCoverage, scenarioIds: readonly string[]): string {
  const legend = scenarioIds.map((id, i) => `${String(i + 1).padStart(2)} ${id}`);
  const header = `${'compétence'.padEnd(8)} ${scenarioIds.map((_, i) => String(i + 1).padStart(2)).join(' ')}  total`;
  const rows = referential.competencies.map((c) => {
    const seen = new Set(coverage.competencies[c.id] ?? []);
    const cells = scenarioIds.map((id) => (seen.has(id) ? ' ●' : ' ·')).join(' ');
    return `${c.id.padEnd(8)} ${cells}  ${String(seen.size).padStart(5)}  ${c.title.fr}`;
  });
  return [...legend, '', header, ...rows, ''].join('\n');
}
