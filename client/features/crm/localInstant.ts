/**
 * The ISO instant, with the browser's own offset, of a date and a time typed in the browser's
 * time zone: ('2026-12-01', '10:30') → '2026-12-01T10:30:00+01:00' in Paris in winter. Null when
 * either part is not well formed.
 */
export function localInstant(date: string, time: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!day || !clock) return null;
  const local = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), Number(clock[1]), Number(clock[2]));
  if (local.getDate() !== Number(day[3]) || local.getMonth() !== Number(day[2]) - 1) return null;
  const offset = -local.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (value: number) => String(Math.floor(Math.abs(value))).padStart(2, '0');
  // The clock as it really is at that moment (a time skipped by a DST change moves forward).
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}
