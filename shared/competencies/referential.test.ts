import { describe, it, expect } from 'vitest';
import { referential } from './referential';
import type { BlockId, Referential } from './referential';
import { competencyById } from './competencyById';

const expected: Record<BlockId, { count: number; threshold: number }> = {
  RCD: { count: 26, threshold: 22 },
  ADM: { count: 9, threshold: 7 },
  ORG: { count: 6, threshold: 5 },
};

const ref: Referential = referential;

describe('competency referential', () => {
  it('has the three blocks of the title', () => {
    expect(ref.blocks.map((block) => block.id)).toEqual(['RCD', 'ADM', 'ORG']);
  });

  it.each(Object.entries(expected))('block %s has the count and threshold of the sheet', (id, { count, threshold }) => {
    const block = ref.blocks.find((candidate) => candidate.id === id);
    expect(block?.threshold).toBe(threshold);
    expect(ref.competencies.filter((competency) => competency.block === id)).toHaveLength(count);
  });

  it('holds 41 competencies (the sheet says 42, its blocks add to 41)', () => {
    expect(ref.competencies).toHaveLength(41);
  });

  it('uses unique ids of the form BLOCK-NN, numbered from 01 without gaps within each block', () => {
    const ids = ref.competencies.map((competency) => competency.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const competency of ref.competencies) {
      expect(competency.id).toMatch(/^(RCD|ADM|ORG)-\d{2}$/);
      expect(competency.id.startsWith(`${competency.block}-`)).toBe(true);
    }
    for (const [block, { count }] of Object.entries(expected)) {
      const numbers = ref.competencies
        .filter((competency) => competency.block === block)
        .map((competency) => competency.id);
      const wanted = Array.from({ length: count }, (_, index) => `${block}-${String(index + 1).padStart(2, '0')}`);
      expect(numbers).toEqual(wanted);
    }
  });

  it('gives every competency non-empty French and English titles and 2 to 4 indicators', () => {
    for (const competency of ref.competencies) {
      expect(competency.title.fr.trim(), competency.id).not.toBe('');
      expect(competency.title.en.trim(), competency.id).not.toBe('');
      expect(competency.indicators.length, competency.id).toBeGreaterThanOrEqual(2);
      expect(competency.indicators.length, competency.id).toBeLessThanOrEqual(4);
      for (const indicator of competency.indicators) {
        expect(indicator.fr.trim(), competency.id).not.toBe('');
        expect(indicator.en.trim(), competency.id).not.toBe('');
      }
      expect(competency.observedIn.length, competency.id).toBeGreaterThan(0);
    }
  });

  it('does not repeat a title within the referential', () => {
    const fr = ref.competencies.map((competency) => competency.title.fr);
    const en = ref.competencies.map((competency) => competency.title.en);
    expect(new Set(fr).size).toBe(fr.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('gives every block French and English titles and assessments', () => {
    for (const block of ref.blocks) {
      expect(block.title.fr.trim()).not.toBe('');
      expect(block.title.en.trim()).not.toBe('');
      expect(block.assessment.fr.trim()).not.toBe('');
      expect(block.assessment.en.trim()).not.toBe('');
    }
  });

  it('assesses every RCD competency in the practical test', () => {
    const rcd = ref.competencies.filter((competency) => competency.block === 'RCD');
    expect(rcd.every((competency) => competency.practicalTest)).toBe(true);
    expect(rcd.every((competency) => !competency.observedIn.includes('workplace'))).toBe(true);
  });

  it('assesses some, not all, ADM competencies in the practical test', () => {
    const adm = ref.competencies.filter((competency) => competency.block === 'ADM');
    expect(adm.some((competency) => competency.practicalTest)).toBe(true);
    expect(adm.some((competency) => !competency.practicalTest)).toBe(true);
  });

  it('leaves the ORG block to the company tutor', () => {
    const org = ref.competencies.filter((competency) => competency.block === 'ORG');
    for (const competency of org) {
      expect(competency.practicalTest).toBe(false);
      expect(competency.observedIn).toEqual(['workplace']);
    }
  });

  it('never puts a straight apostrophe in French text shown to the jury', () => {
    const french = [
      ...ref.blocks.flatMap((block) => [block.title.fr, block.assessment.fr]),
      ...ref.competencies.flatMap((competency) => [
        competency.title.fr,
        ...competency.indicators.map((indicator) => indicator.fr),
      ]),
    ];
    for (const text of french) expect(text).not.toContain("'");
  });
});

describe('competencyById', () => {
  it('finds a competency by id', () => {
    expect(competencyById('RCD-01')?.block).toBe('RCD');
    expect(competencyById('ADM-09')?.block).toBe('ADM');
    expect(competencyById('ORG-06')?.block).toBe('ORG');
  });

  it('finds every competency of the referential, as the same object', () => {
    for (const competency of ref.competencies) expect(competencyById(competency.id)).toBe(competency);
  });

  it('returns undefined for an unknown id', () => {
    expect(competencyById('RCD-27')).toBeUndefined();
    expect(competencyById('rcd-01')).toBeUndefined();
    expect(competencyById('')).toBeUndefined();
  });
});
