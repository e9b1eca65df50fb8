import { addDays, daysBetween, formatDate } from '../law/isoDate';
import { accepted, refused, stampOf } from './crmCommandOutcome';
import type { CrmCommandContext, CrmCommandOutcome } from './crmCommandOutcome';
import type { CrmCommandPayload } from './crmCommandSchema';
import type { CreditNote, CrmState, DocumentLine, Invoice } from './crmEntities';
import { crmRefusal } from './crmRefusal';
import { documentTotals, lineFromInclVat } from './documentTotals';
import { nextDocumentNumber } from './documentNumber';
import { formatEuros } from './formatEuros';
import { invoiceAmounts } from './invoiceStatus';
import { notFound } from './notFound';

/** Payment terms when none are given: 30 days for a business, on receipt for a consumer. */
export const DEFAULT_BUSINESS_PAYMENT_DAYS = 30;
/** Between businesses, at most 60 days from the invoice date (C. com. L441-10). */
export const MAX_BUSINESS_PAYMENT_DAYS = 60;

type BillingType = 'invoice.issue' | 'payment.record' | 'creditNote.issue';
type Handler<T extends BillingType> = (state: CrmState, payload: CrmCommandPayload<T>, context: CrmCommandContext) => CrmCommandOutcome;

/** Invoices, payments and credit notes, numbered without gaps per year. */
export const billingCommands: { [T in BillingType]: Handler<T> } = {
  'invoice.issue': (state, p, context) => {
    const order = state.orders[p.orderId];
    if (!order) return refused(notFound('order', p.orderId, 'orderId'));
    if (order.status === 'cancelled' || order.status === 'draft') {
      return refused(
        crmRefusal(
          'order.not-invoiceable',
          `La commande ${order.id} est ${order.status === 'draft' ? 'un brouillon, non confirmé' : 'annulée'} : elle ne se facture pas.`,
          `Order ${order.id} is ${order.status === 'draft' ? 'an unconfirmed draft' : 'cancelled'}: it cannot be invoiced.`,
          'orderId',
        ),
      );
    }
    const existing = Object.values(state.invoices).find((i) => i.orderId === order.id);
    if (existing) {
      return refused(
        crmRefusal(
          'invoice.already-issued',
          `La commande ${order.id} est déjà facturée : ${existing.number}. Une seconde facture la compterait deux fois.`,
          `Order ${order.id} is already invoiced: ${existing.number}. A second invoice would bill it twice.`,
          'orderId',
        ),
      );
    }
    const business = state.customers[order.customerId]?.kind === 'business';
    const dueDate = p.dueDate ?? (business ? addDays(context.today, DEFAULT_BUSINESS_PAYMENT_DAYS) : context.today);
    if (dueDate < context.today) {
      return refused(
        crmRefusal(
          'invoice.due-before-date',
          'L’échéance ne peut pas précéder la date de la facture.',
          'The due date cannot come before the invoice date.',
          'dueDate',
        ),
      );
    }
    if (business && daysBetween(context.today, dueDate) > MAX_BUSINESS_PAYMENT_DAYS) {
      return refused(
        crmRefusal(
          'invoice.due-too-late',
          `Entre professionnels, le délai de paiement ne peut dépasser ${MAX_BUSINESS_PAYMENT_DAYS} jours après la date de facture (art. L441-10 du Code de commerce) : au plus tard le ${formatDate(addDays(context.today, MAX_BUSINESS_PAYMENT_DAYS), 'fr')}.`,
          `Between businesses, payment terms cannot exceed ${MAX_BUSINESS_PAYMENT_DAYS} days from the invoice date (French Commercial Code L441-10): ${formatDate(addDays(context.today, MAX_BUSINESS_PAYMENT_DAYS), 'en')} at the latest.`,
          'dueDate',
        ),
      );
    }
    const lines: DocumentLine[] = order.lines.map(({ allocations: _allocations, ...line }) => line);
    const invoice: Invoice = {
      number: nextDocumentNumber(state.sequences, 'FAC', context.today),
      customerId: order.customerId,
      orderId: order.id,
      date: context.today,
      dueDate,
      lines,
      totals: documentTotals(lines),
      payments: [],
      disputed: false,
    };
    return accepted([{ type: 'invoice.issued', ...stampOf(context), invoice }], invoice.number, {
      verb: 'created',
      entity: 'invoice',
      ref: invoice.number,
    });
  },

  'payment.record': (state, p, context) => {
    const invoice = state.invoices[p.invoiceNumber];
    if (!invoice) return refused(notFound('invoice', p.invoiceNumber, 'invoiceNumber'));
    if (p.receivedOn > context.today) {
      return refused(
        crmRefusal('payment.future', 'Un paiement ne peut pas être reçu dans le futur.', 'A payment cannot be received in the future.', 'receivedOn'),
      );
    }
    const { balanceCents } = invoiceAmounts(state, invoice);
    if (p.amountCents > balanceCents) {
      return refused(
        crmRefusal(
          'payment.exceeds-balance',
          balanceCents <= 0
            ? `La facture ${invoice.number} est déjà soldée : ce paiement ne peut pas lui être affecté.`
            : `Le paiement (${formatEuros(p.amountCents, 'fr')}) dépasse le reste dû sur la facture ${invoice.number} (${formatEuros(balanceCents, 'fr')}).`,
          balanceCents <= 0
            ? `Invoice ${invoice.number} is already settled: this payment cannot be allocated to it.`
            : `The payment (${formatEuros(p.amountCents, 'en')}) exceeds what is still owed on invoice ${invoice.number} (${formatEuros(balanceCents, 'en')}).`,
          'amountCents',
        ),
      );
    }
    const payment = {
      id: `${invoice.number}-P${invoice.payments.length + 1}`,
      amountCents: p.amountCents,
      receivedOn: p.receivedOn,
      method: p.method,
      reference: p.reference ?? null,
    };
    return accepted([{ type: 'payment.recorded', ...stampOf(context), invoiceNumber: invoice.number, payment }], payment.id, {
      verb: 'updated',
      entity: 'invoice',
      ref: invoice.number,
    });
  },

  'creditNote.issue': (state, p, context) => {
    const invoice = state.invoices[p.invoiceNumber];
    if (!invoice) return refused(notFound('invoice', p.invoiceNumber, 'invoiceNumber'));
    if ((p.lines === undefined) === (p.amount === undefined)) {
      return refused(
        crmRefusal(
          'credit-note.lines-or-amount',
          'Un avoir porte soit sur des lignes, soit sur un montant TTC (pas les deux).',
          'A credit note covers either lines or an amount including VAT (not both).',
          'lines',
        ),
      );
    }
    const lines: DocumentLine[] = [];
    if (p.amount) {
      lines.push(lineFromInclVat(p.reason, p.amount.inclVatCents, p.amount.vatRateBp));
    } else {
      for (const [i, line] of (p.lines ?? []).entries()) {
        const product = line.sku === undefined ? undefined : state.products[line.sku];
        if (line.sku !== undefined && !product) return refused(notFound('product', line.sku, `lines.${i}.sku`));
        const description = line.description ?? product?.name;
        if (!description) {
          return refused(
            crmRefusal(
              'credit-note.line-description',
              'Chaque ligne d’avoir doit dire ce qu’elle rembourse : un article ou un libellé.',
              'Each credit-note line must say what it refunds: a product or a description.',
              `lines.${i}.description`,
            ),
          );
        }
        lines.push({
          sku: line.sku ?? null,
          description,
          quantity: line.quantity,
          unitPriceExclVatCents: line.unitPriceExclVatCents,
          vatRateBp: line.vatRateBp,
        });
      }
    }
    const totals = documentTotals(lines);
    const { inclVatCents, creditedCents, creditableCents } = invoiceAmounts(state, invoice);
    if (totals.inclVatCents > creditableCents) {
      return refused(
        crmRefusal(
          'credit-note.exceeds-invoice',
          `L’avoir (${formatEuros(totals.inclVatCents, 'fr')} TTC) dépasse ce qui reste à créditer sur la facture ${invoice.number} : ${formatEuros(creditableCents, 'fr')} TTC (facture ${formatEuros(inclVatCents, 'fr')}, avoirs déjà émis ${formatEuros(creditedCents, 'fr')}).`,
          `The credit note (${formatEuros(totals.inclVatCents, 'en')} incl. VAT) exceeds what remains creditable on invoice ${invoice.number}: ${formatEuros(creditableCents, 'en')} (invoice ${formatEuros(inclVatCents, 'en')}, credit notes already issued ${formatEuros(creditedCents, 'en')}).`,
          p.amount ? 'amount.inclVatCents' : 'lines',
        ),
      );
    }
    const creditNote: CreditNote = {
      number: nextDocumentNumber(state.sequences, 'AV', context.today),
      invoiceNumber: invoice.number,
      customerId: invoice.customerId,
      date: context.today,
      reason: p.reason,
      lines,
      totals,
    };
    return accepted([{ type: 'creditNote.issued', ...stampOf(context), creditNote }], creditNote.number, {
      verb: 'created',
      entity: 'credit-note',
      ref: creditNote.number,
    });
  },
};
