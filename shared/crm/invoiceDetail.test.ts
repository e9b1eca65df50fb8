import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import { acceptCommand, crmTestFixtures } from './crmTestFixtures';
import { invoiceDetail } from './invoiceDetail';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });

describe('invoiceDetail', () => {
  it('shows a paid invoice with its lines and payment', () => {
    expect(invoiceDetail(initial, 'FAC-26-04518')).toMatchObject({
      status: 'paid',
      linesKnown: true,
      lines: [{ sku: 'LMP-204', amounts: { inclVatCents: 12900 } }, { sku: 'AMP-027', amounts: { inclVatCents: 1800 } }],
      amounts: { inclVatCents: 14700, paidCents: 14700, balanceCents: 0, creditableCents: 14700 },
    });
  });

  it('shows a disputed invoice known by its total only, next to its order’s total', () => {
    expect(invoiceDetail(initial, 'FAC-26-05231')).toMatchObject({
      status: 'due',
      disputed: true,
      linesKnown: false,
      lines: [],
      order: { id: 'CMD-26-1187', inclVatCents: 47520 },
    });
  });

  it('shows credit notes and what may still be credited', () => {
    const { state } = acceptCommand(initial, {
      type: 'creditNote.issue',
      payload: { invoiceNumber: 'FAC-26-05231', reason: 'Écart avec le devis', amount: { inclVatCents: 35640, vatRateBp: 2000 } },
    });
    expect(invoiceDetail(state, 'FAC-26-05231')).toMatchObject({
      creditNotes: [{ number: 'AV-2026-0001' }],
      amounts: { creditedCents: 35640, creditableCents: 466560, balanceCents: 466560 },
    });
  });

  it('counts the days overdue, and finds the invoice however its number is typed', () => {
    expect(invoiceDetail(initial, 'fac 26 04377')).toMatchObject({ number: 'FAC-26-04377', status: 'overdue', daysOverdue: 15 });
    expect(invoiceDetail(initial, 'FAC-0')).toBeUndefined();
  });
});
