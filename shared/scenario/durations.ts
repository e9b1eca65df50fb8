/** Durations as trainers write them: "40 s", "6 min", "1 min 30 s", "1 h", "500 ms". */
export const DURATION_PATTERN =
  '^\\s*(\\d+(?:[.,]\\d+)?)\\s*(ms|s|sec|min|h)(?:\\s+(\\d+)\\s*(s|sec))?\\s*$';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, sec: 1000, min: 60_000, h: 3_600_000 };

/** Milliseconds for a duration string, or null when it is not one. */
export function parseDuration(text: string): number | null {
  const match = new RegExp(DURATION_PATTERN).exec(text);
  if (!match) return null;
  const [, amount, unit, extra, extraUnit] = match;
  let ms = Number(amount!.replace(',', '.')) * UNIT_MS[unit!]!;
  if (extra !== undefined) ms += Number(extra) * UNIT_MS[extraUnit!]!;
  return Math.round(ms);
}
