import { referential } from '../competencies/referential';
import type { BlockId, Competency } from '../competencies/referential';

/**
 * The competencies the jury scores in the practical test on PC and telephone (issue 6: « every
 * competency of the first block and the CRM and invoicing ones of the second »):
 * - all 26 RCD competencies (RCD-01 … RCD-26);
 * - the ADM competencies the referential marks `practicalTest` (its block text: « les compétences
 *   liées au CRM et à la facturation sont également observées lors de l’épreuve pratique »):
 *   ADM-01 order to delivery (CRM), ADM-02 quote, ADM-03 invoice, ADM-04 credit note,
 *   ADM-05 payments and dunning, ADM-07 reliable customer file (CRM).
 *   ADM-06 (disputes), ADM-08 (stock) and ADM-09 (dashboards) are assessed elsewhere, and so is
 *   the whole ORG block (by the company tutor).
 * The server refuses a mark on any other competency; the grid's fold ignores one if it is stored.
 */
export const gridCompetencies: readonly Competency[] = referential.competencies.filter(
  (competency) => competency.block === 'RCD' || (competency.block === 'ADM' && competency.practicalTest),
);

/** The blocks the grid reports on, in the referential's order. */
export const gridBlockIds: readonly BlockId[] = referential.blocks
  .map((block) => block.id)
  .filter((id) => gridCompetencies.some((competency) => competency.block === id));

const ids: ReadonlySet<string> = new Set(gridCompetencies.map((competency) => competency.id));

/** Whether the jury may mark this competency in the exam. */
export function isGridCompetency(id: string): boolean {
  return ids.has(id);
}
