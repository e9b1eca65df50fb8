import { parseIsoDate } from '../law/isoDate';

/** The numbered series of the CRM. Invoices and credit notes must run without gaps (CGI art. 242 nonies A). */
export const NUMBER_SERIES = {
  invoice: 'FAC',
  creditNote: 'AV',
  quote: 'DEV',
  order: 'CMD',
  ticket: 'T',
} as const;

export type NumberSeries = (typeof NUMBER_SERIES)[keyof typeof NUMBER_SERIES];

export interface DocumentNumber {
  prefix: string;
  year: number;
  sequence: number;
}

const NUMBER = /^([A-Z]+)-(\d{2}|\d{4})-(\d+)$/;

/**
 * The series, year and rank of a document number. New numbers read 'FAC-2026-0042'; scenario
 * fixtures often write 'FAC-26-04518', which counts as rank 4518 of 2026. When the document's
 * date is known the year in the number must match it, so a number built otherwise
 * ('FAC-2610-60218': year-month and customer) is not taken for a rank of the series.
 */
export function parseDocumentNumber(number: string, date?: string | null): DocumentNumber | null {
  const match = NUMBER.exec(number);
  if (!match) return null;
  const [, prefix, yearText, rank] = match as unknown as [string, string, string, string];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 2000 || year > 2099) return null;
  if (date && parseIsoDate(date).year !== year) return null;
  return { prefix, year, sequence: Number(rank) };
}

/** 'FAC-2026-0042': the year in full and the rank on four digits at least. */
export function formatDocumentNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(4, '0')}`;
}

/** The key of a series for one year in `CrmState.sequences`: 'FAC-2026'. */
export function sequenceKey(prefix: string, year: number): string {
  return `${prefix}-${year}`;
}

/** The number the next document of the series takes on `today`: the highest of that year plus one. */
export function nextDocumentNumber(sequences: Readonly<Record<string, number>>, prefix: NumberSeries, today: string): string {
  const { year } = parseIsoDate(today);
  return formatDocumentNumber(prefix, year, (sequences[sequenceKey(prefix, year)] ?? 0) + 1);
}

/** The sequences once `number` is used (the same object when it changes nothing). */
export function recordDocumentNumber(
  sequences: Readonly<Record<string, number>>,
  number: string,
  date?: string | null,
): Readonly<Record<string, number>> {
  const parsed = parseDocumentNumber(number, date);
  if (!parsed) return sequences;
  const key = sequenceKey(parsed.prefix, parsed.year);
  return (sequences[key] ?? 0) >= parsed.sequence ? sequences : { ...sequences, [key]: parsed.sequence };
}
