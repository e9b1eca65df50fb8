import { describe, expect, it } from 'vitest';
import type { DocumentLine } from './crmEntities';
import { documentTotals, lineAmounts, lineFromInclVat, vatOn } from './documentTotals';

const line = (quantity: number, unitPriceExclVatCents: number, vatRateBp: number): DocumentLine => ({
  sku: null,
  description: 'ligne',
  quantity,
  unitPriceExclVatCents,
  vatRateBp,
});

describe('documentTotals: VAT per line, rounded half-up to the cent', () => {
  it('rounds an exact half cent up at 5.5 % (3.00 € → 16.5 c → 17 c; banker’s rounding would give 16)', () => {
    expect(vatOn(300, 550)).toBe(17);
    expect(vatOn(100, 550)).toBe(6); // 5.5 c → 6 c (half-even would also give 6, 16.5 is the telling case)
    expect(lineAmounts(line(1, 300, 550))).toEqual({ exclVatCents: 300, vatCents: 17, inclVatCents: 317 });
  });

  it('rounds below and above the half at 5.5 % (huile 9.80 € → 53.9 c → 54 c; crème 4.40 € → 24.2 c → 24 c)', () => {
    expect(lineAmounts(line(1, 980, 550))).toEqual({ exclVatCents: 980, vatCents: 54, inclVatCents: 1034 });
    expect(lineAmounts(line(1, 440, 550))).toEqual({ exclVatCents: 440, vatCents: 24, inclVatCents: 464 });
  });

  it('rounds at 20 % where a half cent cannot occur (0.62 € → 12.4 c → 12 c; 0.63 € → 12.6 c → 13 c)', () => {
    expect(vatOn(62, 2000)).toBe(12);
    expect(vatOn(63, 2000)).toBe(13);
    expect(lineAmounts(line(1, 10750, 2000)).inclVatCents).toBe(12900); // Opaline lamp: 107.50 € → 129.00 € TTC
  });

  it('rounds an exact half cent up at 10 % (0.05 € → 0.5 c → 1 c)', () => {
    expect(vatOn(5, 1000)).toBe(1);
  });

  it('rounds each line, then adds: three lines of 0.62 € carry 36 c of VAT, not the 37 c of the sum', () => {
    const totals = documentTotals([line(1, 62, 2000), line(1, 62, 2000), line(1, 62, 2000)]);
    expect(totals).toMatchObject({ exclVatCents: 186, vatCents: 36, inclVatCents: 222 });
    expect(vatOn(186, 2000)).toBe(37);
  });

  it('multiplies quantity by unit price before rounding the line (1,200 boxes at 0.62 € → 148.80 € VAT exactly)', () => {
    expect(lineAmounts(line(1200, 62, 2000))).toEqual({ exclVatCents: 74400, vatCents: 14880, inclVatCents: 89280 });
  });

  it('breaks VAT down per rate, lowest rate first, on a mixed restaurant order', () => {
    const totals = documentTotals([line(6, 980, 550), line(10, 440, 550), line(1, 3250, 2000)]);
    // 6 × 9.80 = 58.80 → VAT 3.234 → 3.23; 10 × 4.40 = 44.00 → VAT 2.42; 32.50 → VAT 6.50.
    expect(totals.vatByRate).toEqual([
      { vatRateBp: 550, baseExclVatCents: 10280, vatCents: 565 },
      { vatRateBp: 2000, baseExclVatCents: 3250, vatCents: 650 },
    ]);
    expect(totals).toMatchObject({ exclVatCents: 13530, vatCents: 1215, inclVatCents: 14745 });
  });

  it('makes a line from an amount including VAT that adds up exactly to that amount', () => {
    expect(lineFromInclVat('Geste commercial', 35640, 2000)).toMatchObject({ unitPriceExclVatCents: 29700, vatCents: 5940 });
    // 0.03 € at 20 %: no base gives 3 c once its VAT is rounded (2 c → 2 c, 3 c → 4 c); the line keeps the difference.
    const odd = lineFromInclVat('Geste commercial', 3, 2000);
    expect(documentTotals([odd]).inclVatCents).toBe(3);
    for (const amount of [1, 2, 3, 5, 999, 1005, 35641, 123457]) {
      expect(documentTotals([lineFromInclVat('x', amount, 550)]).inclVatCents).toBe(amount);
    }
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => vatOn(10.5, 2000)).toThrow(RangeError);
    expect(() => vatOn(-1, 2000)).toThrow(RangeError);
  });
});
