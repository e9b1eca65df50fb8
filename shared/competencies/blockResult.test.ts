import { describe, it, expect } from 'vitest';
import { blockResult } from './blockResult';
import type { CompetencyDecision } from './blockResult';
import { referential } from './referential';
import type { BlockId, Referential } from './referential';

function idsOf(block: BlockId): string[] {
  return referential.competencies.filter((competency) => competency.block === block).map((competency) => competency.id);
}

/** The first `acquired` competencies of the block acquired, the rest given `rest`. */
function decide(block: BlockId, acquired: number, rest: CompetencyDecision = 'not-acquired'): Record<string, CompetencyDecision> {
  return Object.fromEntries(idsOf(block).map((id, index) => [id, index < acquired ? 'acquired' : rest]));
}

describe('blockResult', () => {
  it('does not validate RCD at 21 of 26', () => {
    const result = blockResult('RCD', decide('RCD', 21));
    expect(result).toMatchObject({ acquired: 21, total: 26, threshold: 22, validated: false });
    expect(result.block.id).toBe('RCD');
  });

  it('validates RCD at exactly 22 of 26', () => {
    expect(blockResult('RCD', decide('RCD', 22))).toMatchObject({ acquired: 22, total: 26, threshold: 22, validated: true });
  });

  it('validates RCD at 26 of 26', () => {
    expect(blockResult('RCD', decide('RCD', 26))).toMatchObject({ acquired: 26, validated: true });
  });

  it('applies the ADM threshold: 6 of 9 fails, 7 of 9 passes', () => {
    expect(blockResult('ADM', decide('ADM', 6))).toMatchObject({ acquired: 6, total: 9, threshold: 7, validated: false });
    expect(blockResult('ADM', decide('ADM', 7))).toMatchObject({ acquired: 7, total: 9, threshold: 7, validated: true });
  });

  it('applies the ORG threshold: 4 of 6 fails, 5 of 6 passes', () => {
    expect(blockResult('ORG', decide('ORG', 4))).toMatchObject({ acquired: 4, total: 6, threshold: 5, validated: false });
    expect(blockResult('ORG', decide('ORG', 5))).toMatchObject({ acquired: 5, total: 6, threshold: 5, validated: true });
  });

  it('counts not-observed and missing decisions as not acquired', () => {
    expect(blockResult('RCD', decide('RCD', 21, 'not-observed'))).toMatchObject({ acquired: 21, validated: false });
    const partial = Object.fromEntries(idsOf('RCD').slice(0, 21).map((id) => [id, 'acquired' as const]));
    expect(blockResult('RCD', partial)).toMatchObject({ acquired: 21, total: 26, validated: false });
    expect(blockResult('RCD', {})).toMatchObject({ acquired: 0, total: 26, validated: false });
  });

  it('ignores decisions about other blocks and unknown ids', () => {
    const decisions = { ...decide('ADM', 9), ...decide('ORG', 6), 'RCD-99': 'acquired' as const, 'XYZ-01': 'acquired' as const };
    expect(blockResult('RCD', decisions)).toMatchObject({ acquired: 0, validated: false });
    expect(blockResult('ADM', decisions)).toMatchObject({ acquired: 9, validated: true });
  });

  it('does not change the decisions it is given', () => {
    const decisions = decide('RCD', 22);
    const copy = structuredClone(decisions);
    blockResult('RCD', decisions);
    expect(decisions).toEqual(copy);
  });

  it('uses a corrected referential when one is given', () => {
    const corrected: Referential = {
      ...referential,
      blocks: referential.blocks.map((block) => (block.id === 'RCD' ? { ...block, threshold: 21 } : block)),
    };
    expect(blockResult('RCD', decide('RCD', 21), corrected)).toMatchObject({ threshold: 21, validated: true });
  });

  it('throws for a block the referential does not have', () => {
    const withoutOrg: Referential = { ...referential, blocks: referential.blocks.filter((block) => block.id !== 'ORG') };
    expect(() => blockResult('ORG', {}, withoutOrg)).toThrow(/ORG/);
  });
});
