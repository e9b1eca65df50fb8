import { describe, expect, it } from 'vitest';
import { nextDocumentNumber, parseDocumentNumber, recordDocumentNumber } from './documentNumber';

describe('document numbers', () => {
  it('reads new numbers and the short form of scenario fixtures', () => {
    expect(parseDocumentNumber('FAC-2026-0042')).toEqual({ prefix: 'FAC', year: 2026, sequence: 42 });
    expect(parseDocumentNumber('FAC-26-05231', '2026-11-13')).toEqual({ prefix: 'FAC', year: 2026, sequence: 5231 });
    expect(parseDocumentNumber('AV-2027-0001')).toEqual({ prefix: 'AV', year: 2027, sequence: 1 });
  });

  it('does not take a number built otherwise for a rank of the series', () => {
    expect(parseDocumentNumber('FAC-2610-60218', '2026-10-01')).toBeNull(); // year-month and customer
    expect(parseDocumentNumber('FAC-2610-60218')).toBeNull();
    expect(parseDocumentNumber('FAC-25-31877', '2026-01-02')).toBeNull(); // the year says 2025, the date 2026
    expect(parseDocumentNumber('CMD-88311')).toBeNull();
  });

  it('continues after the highest number of the year, and starts again at 1 each year', () => {
    let sequences = recordDocumentNumber({}, 'FAC-2026-0041');
    sequences = recordDocumentNumber(sequences, 'FAC-2026-0042');
    sequences = recordDocumentNumber(sequences, 'FAC-2026-0007');
    expect(nextDocumentNumber(sequences, 'FAC', '2026-12-31')).toBe('FAC-2026-0043');
    expect(nextDocumentNumber(sequences, 'FAC', '2027-01-01')).toBe('FAC-2027-0001');
    expect(nextDocumentNumber(sequences, 'AV', '2026-12-31')).toBe('AV-2026-0001');
  });

  it('keeps the same object when a number changes nothing', () => {
    const sequences = { 'FAC-2026': 42 };
    expect(recordDocumentNumber(sequences, 'FAC-2026-0012')).toBe(sequences);
    expect(recordDocumentNumber(sequences, 'T-5521')).toBe(sequences);
  });
});
