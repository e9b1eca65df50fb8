import { describe, expect, it } from 'vitest';
import { createCrmState } from './createCrmState';
import type { CrmCommandContext } from './crmCommandOutcome';
import type { CrmState } from './crmEntities';
import { acceptCommand, crmTestFixtures, refuseCommand } from './crmTestFixtures';
import { invoiceAmounts, invoiceStatus } from './invoiceStatus';

const initial = createCrmState(crmTestFixtures, { today: '2026-11-30' });
const on = (today: string): CrmCommandContext => ({ now: `${today}T10:00:00+01:00`, today });

/** Orders a lamp for Sandrine Roux and invoices it. */
function orderAndInvoice(state: CrmState, context = on('2026-11-30')) {
  const ordered = acceptCommand(state, { type: 'order.create', payload: { customerId: 'C-1042', lines: [{ sku: 'AMP-027', quantity: 2 }] } }, context);
  return acceptCommand(ordered.state, { type: 'invoice.issue', payload: { orderId: ordered.id } }, context);
}

describe('invoice numbers: sequential, without gaps, per year', () => {
  it('continues after the highest number in the fixtures (FAC-26-05231 → FAC-2026-5232)', () => {
    const first = orderAndInvoice(initial);
    expect(first.id).toBe('FAC-2026-5232');
    expect(orderAndInvoice(first.state).id).toBe('FAC-2026-5233');
  });

  it('continues after new-style numbers too', () => {
    const state = createCrmState(
      {
        customers: crmTestFixtures.customers,
        products: crmTestFixtures.products,
        invoices: [
          { id: 'FAC-2026-0041', customer: 'C-1042', date: '2026-11-02', status: 'paid', total: 9 },
          { id: 'FAC-2026-0042', customer: 'C-1042', date: '2026-11-20', status: 'paid', total: 9 },
          { id: 'FAC-2025-0977', customer: 'C-1042', date: '2025-12-30', status: 'paid', total: 9 },
        ],
      },
      { today: '2026-11-30' },
    );
    expect(orderAndInvoice(state).id).toBe('FAC-2026-0043');
  });

  it('starts again at 0001 on the first invoice of a new year, and goes on from there', () => {
    const december = orderAndInvoice(initial, on('2026-12-31'));
    expect(december.id).toBe('FAC-2026-5232');
    const january = orderAndInvoice(december.state, on('2027-01-04'));
    expect(january.id).toBe('FAC-2027-0001');
    expect(orderAndInvoice(january.state, on('2027-01-04')).id).toBe('FAC-2027-0002');
  });

  it('leaves no gap when a command is refused in between', () => {
    const first = orderAndInvoice(initial);
    refuseCommand(first.state, { type: 'invoice.issue', payload: { orderId: first.state.invoices[first.id]!.orderId! } }); // already invoiced
    refuseCommand(first.state, { type: 'creditNote.issue', payload: { invoiceNumber: first.id, reason: 'x', amount: { inclVatCents: 999_999, vatRateBp: 2000 } } });
    expect(orderAndInvoice(first.state).id).toBe('FAC-2026-5233');
  });
});

describe('invoice.issue', () => {
  it('copies the order’s frozen lines and computes the totals per line', () => {
    const ordered = acceptCommand(initial, {
      type: 'order.create',
      payload: { customerId: 'B-2041', lines: [{ sku: 'HUI-COL-5L', quantity: 6 }, { sku: 'CRM-35-1L', quantity: 10 }, { sku: 'LIV-DOM', quantity: 1 }] },
    });
    const { state, id } = acceptCommand(ordered.state, { type: 'invoice.issue', payload: { orderId: ordered.id } });
    expect(state.invoices[id]).toMatchObject({
      customerId: 'B-2041',
      orderId: ordered.id,
      date: '2026-11-30',
      dueDate: '2026-12-30', // a business pays at 30 days by default
      totals: { exclVatCents: 13530, vatCents: 1215, inclVatCents: 14745 },
    });
    expect(state.invoices[id]!.lines.map((line) => Object.keys(line))).not.toContainEqual(expect.arrayContaining(['allocations']));
  });

  it('makes a consumer’s invoice due on receipt', () => {
    const { state, id } = orderAndInvoice(initial);
    expect(state.invoices[id]!.dueDate).toBe('2026-11-30');
  });

  it('refuses a second invoice for the same order, a cancelled order, and terms beyond 60 days between businesses', () => {
    expect(refuseCommand(initial, { type: 'invoice.issue', payload: { orderId: 'CMD-88311' } })).toMatchObject({
      code: 'invoice.already-issued',
      message: { fr: expect.stringContaining('FAC-26-04518') },
    });
    const ordered = acceptCommand(initial, { type: 'order.create', payload: { customerId: 'B-2041', lines: [{ sku: 'HUI-COL-5L', quantity: 1 }] } });
    expect(refuseCommand(ordered.state, { type: 'invoice.issue', payload: { orderId: ordered.id, dueDate: '2027-01-30' } }).code).toBe('invoice.due-too-late');
    acceptCommand(ordered.state, { type: 'invoice.issue', payload: { orderId: ordered.id, dueDate: '2027-01-29' } }); // exactly 60 days
    expect(refuseCommand(ordered.state, { type: 'invoice.issue', payload: { orderId: ordered.id, dueDate: '2026-11-29' } }).code).toBe('invoice.due-before-date');
    const cancelled = acceptCommand(ordered.state, { type: 'order.cancel', payload: { orderId: ordered.id, reason: 'Erreur de saisie' } });
    expect(refuseCommand(cancelled.state, { type: 'invoice.issue', payload: { orderId: ordered.id } }).code).toBe('order.not-invoiceable');
  });
});

describe('creditNote.issue: never more than what remains creditable on the invoice', () => {
  // FAC-26-05231: 5,022.00 € TTC, contested; the signed quote was 4,665.60 €, so 356.40 € too much.
  const disputed = 'FAC-26-05231';
  const byAmount = (inclVatCents: number) => ({
    type: 'creditNote.issue' as const,
    payload: { invoiceNumber: disputed, reason: 'Écart avec le devis signé DEV-26-0412', amount: { inclVatCents, vatRateBp: 2000 } },
  });

  it('issues AV-2026-0001 for 356.40 € TTC, split into 297.00 € HT and 59.40 € VAT', () => {
    const { state, id } = acceptCommand(initial, byAmount(35640));
    expect(id).toBe('AV-2026-0001');
    expect(state.creditNotes[id]).toMatchObject({
      invoiceNumber: disputed,
      customerId: 'C-7315',
      date: '2026-11-30',
      totals: { exclVatCents: 29700, vatCents: 5940, inclVatCents: 35640 },
    });
    expect(invoiceAmounts(state, state.invoices[disputed]!)).toMatchObject({ creditedCents: 35640, creditableCents: 466560, balanceCents: 466560 });
  });

  it('accepts a credit note equal to the remainder, and refuses one cent more', () => {
    const first = acceptCommand(initial, byAmount(35640));
    const error = refuseCommand(first.state, byAmount(466561));
    expect(error).toMatchObject({ code: 'credit-note.exceeds-invoice', field: 'amount.inclVatCents' });
    expect(error.message.fr).toContain('4\u202f665,61\u00a0€ TTC');
    expect(error.message.fr).toContain('4\u202f665,60\u00a0€ TTC');
    expect(error.message.en).toContain('€4,665.60');
    const second = acceptCommand(first.state, byAmount(466560));
    expect(second.id).toBe('AV-2026-0002');
    expect(refuseCommand(second.state, byAmount(1)).code).toBe('credit-note.exceeds-invoice');
    expect(invoiceStatus(second.state, second.state.invoices[disputed]!)).toBe('paid'); // fully credited: nothing left to pay
  });

  it('credits lines at their own VAT rate', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'creditNote.issue',
      payload: {
        invoiceNumber: disputed,
        reason: 'Livraison-montage facturée deux fois',
        lines: [{ description: 'Livraison et montage sur site', quantity: 1, unitPriceExclVatCents: 18000, vatRateBp: 2000 }],
      },
    });
    expect(state.creditNotes[id]!.totals).toMatchObject({ exclVatCents: 18000, vatCents: 3600, inclVatCents: 21600 });
  });

  it('describes a product line by its name, and refuses a line that says nothing', () => {
    const { state, id } = acceptCommand(initial, {
      type: 'creditNote.issue',
      payload: { invoiceNumber: 'FAC-26-04518', reason: 'Lampe perdue par le transporteur', lines: [{ sku: 'LMP-204', quantity: 1, unitPriceExclVatCents: 10750, vatRateBp: 2000 }] },
    });
    expect(state.creditNotes[id]!.lines[0]!.description).toBe('Lampe à poser Opaline, laiton et verre opalin');
    expect(
      refuseCommand(initial, {
        type: 'creditNote.issue',
        payload: { invoiceNumber: 'FAC-26-04518', reason: 'x', lines: [{ quantity: 1, unitPriceExclVatCents: 100, vatRateBp: 2000 }] },
      }),
    ).toMatchObject({ code: 'credit-note.line-description', field: 'lines.0.description' });
  });

  it('numbers credit notes per year, without gaps', () => {
    const december = acceptCommand(initial, byAmount(100), on('2026-12-31'));
    expect(december.id).toBe('AV-2026-0001');
    refuseCommand(december.state, byAmount(999_999_99), on('2027-01-02'));
    const january = acceptCommand(december.state, byAmount(100), on('2027-01-02'));
    expect(january.id).toBe('AV-2027-0001');
    expect(acceptCommand(january.state, byAmount(100), on('2027-01-02')).id).toBe('AV-2027-0002');
  });

  it('needs lines or an amount, not both', () => {
    expect(refuseCommand(initial, { type: 'creditNote.issue', payload: { invoiceNumber: disputed, reason: 'x' } }).code).toBe('credit-note.lines-or-amount');
    expect(refuseCommand(initial, { type: 'creditNote.issue', payload: { invoiceNumber: 'FAC-0', reason: 'x', amount: { inclVatCents: 1, vatRateBp: 2000 } } }).code).toBe(
      'invoice.not-found',
    );
  });
});

describe('payment.record and the derived invoice status', () => {
  // FAC-26-04377: 2,412.00 € due 15 November, unpaid: overdue on 30 November.
  const overdue = 'FAC-26-04377';
  const pay = (amountCents: number, receivedOn = '2026-11-20') => ({
    type: 'payment.record' as const,
    payload: { invoiceNumber: overdue, amountCents, receivedOn, method: 'transfer' as const, reference: 'VIR CONFITURERIE MTS FOREZ FACT 26-04377' },
  });

  it('is overdue from the day after the due date, due on it', () => {
    const invoice = initial.invoices[overdue]!;
    expect(invoiceStatus(initial, invoice, '2026-11-15')).toBe('due');
    expect(invoiceStatus(initial, invoice, '2026-11-16')).toBe('overdue');
  });

  it('stays overdue after a part payment and is paid once the balance is covered', () => {
    const part = acceptCommand(initial, pay(100000));
    expect(invoiceStatus(part.state, part.state.invoices[overdue]!)).toBe('overdue');
    const rest = acceptCommand(part.state, pay(141200));
    expect(invoiceStatus(rest.state, rest.state.invoices[overdue]!)).toBe('paid');
    expect(rest.state.invoices[overdue]!.payments.map((p) => p.id)).toEqual(['FAC-26-04377-P1', 'FAC-26-04377-P2']);
  });

  it('refuses more than the balance, and a payment from the future', () => {
    expect(refuseCommand(initial, pay(241201)).code).toBe('payment.exceeds-balance');
    expect(refuseCommand(initial, pay(241200, '2026-12-01')).code).toBe('payment.future');
    expect(refuseCommand(initial, { ...pay(1), payload: { ...pay(1).payload, invoiceNumber: 'FAC-26-04518' } }).message.fr).toContain('déjà soldée');
  });
});
