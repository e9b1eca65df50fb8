import { referential } from '../../shared/competencies/referential';
import type { ScenarioCoverage } from '../../shared/scenario/scenarioCoverage';

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
