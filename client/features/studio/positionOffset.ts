/** The character offset of a 1-based line and column in `text` (clamped to the text). */
export function positionOffset(text: string, line: number, col: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + col - 1, text.length);
}
