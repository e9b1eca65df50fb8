import { referential } from './referential';
import type { Competency } from './referential';

// Built once, at module load.
const byId: ReadonlyMap<string, Competency> = new Map(
  referential.competencies.map((competency): [string, Competency] => [competency.id, competency]),
);

/** The competency with this id ('RCD-01' …), or undefined if the referential has none. */
export function competencyById(id: string): Competency | undefined {
  return byId.get(id);
}
