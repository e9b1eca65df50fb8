/**
 * Euros (as a scenario fixture writes them, 129.9) to integer cents (12990). The amount is read in
 * decimal, so 1.005 € is 101 cents (half-up), not 100 as `Math.round(1.005 * 100)` would give.
 */
export function eurosToCents(euros: number): number {
  if (!Number.isFinite(euros)) throw new RangeError(`Not an amount in euros: ${euros}`);
  const sign = euros < 0 ? -1 : 1;
  return sign * Math.round(Number((Math.abs(euros) * 100).toFixed(6)));
}

/** A VAT percentage (20, 5.5, 2.1) to basis points (2000, 550, 210). */
export function percentToBasisPoints(percent: number): number {
  if (!Number.isFinite(percent) || percent < 0) throw new RangeError(`Not a VAT percentage: ${percent}`);
  return Math.round(Number((percent * 100).toFixed(6)));
}
