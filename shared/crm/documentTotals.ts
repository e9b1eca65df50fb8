import type { DocumentLine, DocumentTotals, VatBreakdown } from './crmEntities';

/**
 * The rounding rule of every CRM document (quote, order, invoice, credit note):
 *
 * 1. a line's amount before VAT is `quantity × unit price`, exact in cents;
 * 2. a line's VAT is `amount × rate`, rounded to the cent HALF-UP, on each line (5.5 % of 3.00 €
 *    is 16.5 cents, so 17 cents; a banker's rounding would give 16);
 * 3. the document's VAT is the sum of its lines' rounded VAT, its total including VAT the sum of
 *    its amounts before VAT plus that VAT.
 *
 * One exception: a line made from an amount including VAT (`lineFromInclVat`) carries its VAT.
 *
 * French law lets a seller round per line or per rate; per line is what the candidate can check
 * line by line, so the sum of the lines always equals the total printed at the bottom.
 */
export function documentTotals(lines: readonly DocumentLine[]): DocumentTotals {
  let exclVatCents = 0;
  let vatCents = 0;
  const byRate = new Map<number, VatBreakdown>();
  for (const line of lines) {
    const amounts = lineAmounts(line);
    exclVatCents += amounts.exclVatCents;
    vatCents += amounts.vatCents;
    const rate = byRate.get(line.vatRateBp) ?? { vatRateBp: line.vatRateBp, baseExclVatCents: 0, vatCents: 0 };
    byRate.set(line.vatRateBp, {
      vatRateBp: rate.vatRateBp,
      baseExclVatCents: rate.baseExclVatCents + amounts.exclVatCents,
      vatCents: rate.vatCents + amounts.vatCents,
    });
  }
  return {
    exclVatCents,
    vatCents,
    inclVatCents: exclVatCents + vatCents,
    vatByRate: [...byRate.values()].sort((a, b) => a.vatRateBp - b.vatRateBp),
  };
}

export interface LineAmounts {
  exclVatCents: number;
  vatCents: number;
  inclVatCents: number;
}

/** One line's amounts, its VAT rounded half-up to the cent (see `documentTotals`). */
export function lineAmounts(
  line: Pick<DocumentLine, 'quantity' | 'unitPriceExclVatCents' | 'vatRateBp' | 'vatCents'>,
): LineAmounts {
  const exclVatCents = line.quantity * line.unitPriceExclVatCents;
  const vatCents = line.vatCents ?? vatOn(exclVatCents, line.vatRateBp);
  return { exclVatCents, vatCents, inclVatCents: exclVatCents + vatCents };
}

/** VAT on an amount before VAT, half-up to the cent, in integer arithmetic (no 0.1 + 0.2 drift). */
export function vatOn(exclVatCents: number, vatRateBp: number): number {
  assertCents(exclVatCents);
  return halfUpDivide(exclVatCents * vatRateBp, 10_000);
}

/**
 * A one-line document for an amount including VAT (a credit note "of 356.40 € TTC"): the base is
 * `amount / (1 + rate)` rounded half-up, the VAT is the rest (kept on the line as `vatCents`), so
 * base + VAT is exactly the amount asked for.
 */
export function lineFromInclVat(description: string, inclVatCents: number, vatRateBp: number): DocumentLine {
  assertCents(inclVatCents);
  const exclVatCents = halfUpDivide(inclVatCents * 10_000, 10_000 + vatRateBp);
  return {
    sku: null,
    description,
    quantity: 1,
    unitPriceExclVatCents: exclVatCents,
    vatRateBp,
    vatCents: inclVatCents - exclVatCents,
  };
}

function halfUpDivide(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator)) throw new RangeError(`Amount too large: ${numerator}`);
  const doubled = 2 * numerator + denominator;
  const divisor = 2 * denominator;
  return (doubled - (doubled % divisor)) / divisor;
}

function assertCents(cents: number): void {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Not a non-negative amount in cents: ${cents}`);
}
