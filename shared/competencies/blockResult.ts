import { referential as defaultReferential } from './referential';
import type { Block, BlockId, Referential } from './referential';

export type CompetencyDecision = 'acquired' | 'not-acquired' | 'not-observed';

export interface BlockResult {
  block: Block;
  /** Competencies of the block decided 'acquired'. */
  acquired: number;
  /** Competencies in the block. */
  total: number;
  /** Acquired competencies needed to validate the block. */
  threshold: number;
  validated: boolean;
}

/**
 * Whether a block is validated, given the jury's decision per competency id.
 *
 * Only 'acquired' counts: a competency that is 'not-observed', or missing from `decisions`,
 * is not acquired. Decisions about competencies of other blocks, or unknown ids, are ignored.
 * `source` defaults to the project's referential; pass a corrected one to use it instead.
 */
export function blockResult(
  blockId: BlockId,
  decisions: Readonly<Record<string, CompetencyDecision>>,
  source: Referential = defaultReferential,
): BlockResult {
  const block = source.blocks.find((candidate) => candidate.id === blockId);
  if (block === undefined) {
    throw new Error(`Unknown competency block: ${blockId}`);
  }
  const competencies = source.competencies.filter((competency) => competency.block === blockId);
  const acquired = competencies.filter((competency) => decisions[competency.id] === 'acquired').length;
  return {
    block,
    acquired,
    total: competencies.length,
    threshold: block.threshold,
    validated: acquired >= block.threshold,
  };
}
