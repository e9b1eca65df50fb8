import type { CreditNote, CrmState, Invoice, InvoiceStatus } from './crmEntities';

export interface InvoiceAmounts {
  inclVatCents: number;
  /** Sum of the credit notes issued on the invoice. */
  creditedCents: number;
  /** What a new credit note may still cover: the total minus earlier credit notes. */
  creditableCents: number;
  paidCents: number;
  /** What the customer still owes; negative when a refund is due. */
  balanceCents: number;
}

/** The credit notes issued on an invoice, oldest first. */
export function creditNotesOf(state: CrmState, invoiceNumber: string): CreditNote[] {
  return Object.values(state.creditNotes)
    .filter((note) => note.invoiceNumber === invoiceNumber)
    .sort((a, b) => a.number.localeCompare(b.number));
}

export function invoiceAmounts(state: CrmState, invoice: Invoice): InvoiceAmounts {
  const creditedCents = creditNotesOf(state, invoice.number).reduce((sum, note) => sum + note.totals.inclVatCents, 0);
  const paidCents = invoice.payments.reduce((sum, payment) => sum + payment.amountCents, 0);
  const inclVatCents = invoice.totals.inclVatCents;
  return {
    inclVatCents,
    creditedCents,
    creditableCents: inclVatCents - creditedCents,
    paidCents,
    balanceCents: inclVatCents - creditedCents - paidCents,
  };
}

/**
 * Derived, never stored: 'paid' once payments and credit notes cover the total, otherwise
 * 'overdue' from the day after the due date, otherwise 'due'. A scenario's 'disputed' is a
 * separate flag (`Invoice.disputed`): a contested invoice is still due or overdue.
 */
export function invoiceStatus(state: CrmState, invoice: Invoice, today: string = state.today): InvoiceStatus {
  if (invoiceAmounts(state, invoice).balanceCents <= 0) return 'paid';
  return invoice.dueDate !== null && today > invoice.dueDate ? 'overdue' : 'due';
}
