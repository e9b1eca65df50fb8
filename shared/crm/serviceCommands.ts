import { formatDate } from '../law/isoDate';
import { parseInstant } from '../law/localDateTime';
import { checkEmail } from './checkEmail';
import { accepted, refused, serialId, stampOf } from './crmCommandOutcome';
import type { CrmCommandContext, CrmCommandOutcome } from './crmCommandOutcome';
import type { CrmCommandPayload } from './crmCommandSchema';
import type { Callback, CallNote, Confirmation, ConfirmationMentions, CrmState, Task, Ticket } from './crmEntities';
import { atField, crmRefusal } from './crmRefusal';
import type { CrmRefusal } from './crmRefusal';
import { nextDocumentNumber } from './documentNumber';
import { documentTotals } from './documentTotals';
import { normalizePhone } from './normalizePhone';
import { findCustomer, notFound, otherCustomer } from './notFound';

type ServiceType = 'ticket.open' | 'ticket.update' | 'callback.schedule' | 'task.create' | 'note.write' | 'confirmation.send';
type Handler<T extends ServiceType> = (state: CrmState, payload: CrmCommandPayload<T>, context: CrmCommandContext) => CrmCommandOutcome;

/** After-sales tickets, callbacks and tasks, call notes and written confirmations of phone offers. */
export const serviceCommands: { [T in ServiceType]: Handler<T> } = {
  'ticket.open': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    const links = checkLinks(state, p.customerId, { orderId: p.orderId, invoiceNumber: p.invoiceNumber });
    if (links) return refused(links);
    const ticket: Ticket = {
      id: nextDocumentNumber(state.sequences, 'T', context.today),
      customerId: p.customerId,
      orderId: p.orderId ?? null,
      invoiceNumber: p.invoiceNumber ?? null,
      subject: p.subject,
      status: 'open',
      openedOn: context.today,
      updates: [],
    };
    return accepted([{ type: 'ticket.opened', ...stampOf(context), ticket }], ticket.id, { verb: 'created', entity: 'ticket', ref: ticket.id });
  },

  'ticket.update': (state, p, context) => {
    const ticket = state.tickets[p.ticketId];
    if (!ticket) return refused(notFound('ticket', p.ticketId, 'ticketId'));
    if (ticket.status === 'closed' && p.status === 'closed') {
      return refused(
        crmRefusal(
          'ticket.already-closed',
          `Le ticket ${ticket.id} est déjà clos : rouvrez-le (statut « open ») pour le compléter.`,
          `Ticket ${ticket.id} is already closed: reopen it (status 'open') to add to it.`,
          'status',
        ),
      );
    }
    return accepted([{ type: 'ticket.updated', ...stampOf(context), ticketId: ticket.id, status: p.status, comment: p.comment }], ticket.id, {
      verb: 'updated',
      entity: 'ticket',
      ref: ticket.id,
    });
  },

  'callback.schedule': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    if (parseInstant(p.dueAt).getTime() <= parseInstant(context.now).getTime()) {
      return refused(
        crmRefusal(
          'callback.past',
          'Le rappel doit être programmé dans le futur.',
          'The callback must be scheduled in the future.',
          'dueAt',
        ),
      );
    }
    let phone = null;
    if (p.phone !== undefined) {
      const check = normalizePhone(p.phone);
      if (!check.ok) return refused(atField(check.error, 'phone'));
      phone = check.phone;
    }
    const callback: Callback = {
      id: serialId('RAP', state.callbacks),
      customerId: p.customerId,
      dueAt: p.dueAt,
      phone,
      assignee: p.assignee,
      about: p.about,
      createdAt: context.now,
    };
    return accepted([{ type: 'callback.scheduled', ...stampOf(context), callback }], callback.id, {
      verb: 'created',
      entity: 'callback',
      ref: callback.id,
    });
  },

  'task.create': (state, p, context) => {
    if (p.customerId !== undefined) {
      const found = findCustomer(state, p.customerId);
      if (!found.ok) return refused(found.error);
    }
    if (p.dueDate < context.today) {
      return refused(
        crmRefusal(
          'task.past',
          `L’échéance (${formatDate(p.dueDate, 'fr')}) est déjà passée.`,
          `The due date (${formatDate(p.dueDate, 'en')}) has already passed.`,
          'dueDate',
        ),
      );
    }
    const task: Task = {
      id: serialId('TCH', state.tasks),
      customerId: p.customerId ?? null,
      dueDate: p.dueDate,
      dueTime: p.dueTime ?? null,
      assignee: p.assignee,
      about: p.about,
      createdAt: context.now,
    };
    return accepted([{ type: 'task.created', ...stampOf(context), task }], task.id, { verb: 'created', entity: 'task', ref: task.id });
  },

  'note.write': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    const links = checkLinks(state, p.customerId, { orderId: p.orderId, invoiceNumber: p.invoiceNumber, ticketId: p.ticketId });
    if (links) return refused(links);
    const note: CallNote = {
      id: serialId('N', state.notes),
      customerId: p.customerId,
      at: context.now,
      author: p.author,
      direction: p.direction,
      text: p.text,
      orderId: p.orderId ?? null,
      ticketId: p.ticketId ?? null,
      invoiceNumber: p.invoiceNumber ?? null,
    };
    return accepted([{ type: 'note.written', ...stampOf(context), note }], note.id, { verb: 'created', entity: 'note', ref: note.id });
  },

  'confirmation.send': (state, p, context) => {
    const found = findCustomer(state, p.customerId);
    if (!found.ok) return refused(found.error);
    if ((p.quoteNumber === undefined) === (p.orderId === undefined)) {
      return refused(
        crmRefusal(
          'confirmation.offer-required',
          'Indiquez l’offre confirmée : soit le devis, soit la commande (pas les deux).',
          'Say which offer is confirmed: either the quote or the order (not both).',
          'quoteNumber',
        ),
      );
    }
    const offer = offerOf(state, p.customerId, p.quoteNumber, p.orderId, context.today);
    if (!offer.ok) return refused(offer.error);
    let to = p.to;
    if (p.channel === 'email') {
      const email = checkEmail(p.to);
      if (!email.ok) return refused(atField(email.error, 'to'));
      to = email.email;
    }
    const missing = MENTIONS.filter(({ key }) => !p.mentions[key]);
    if (missing.length > 0) {
      return refused(
        crmRefusal(
          'confirmation.mentions-missing',
          `Confirmation incomplète, non envoyée. Il manque : ${missing.map((m) => m.fr).join(' ; ')}. Sans ces mentions le consommateur n’est pas valablement informé (art. L221-5 et L221-16 du Code de la consommation).`,
          `Incomplete confirmation, not sent. Missing: ${missing.map((m) => m.en).join('; ')}. Without them the consumer is not properly informed (French Consumer Code L221-5 and L221-16).`,
          `mentions.${missing[0]!.key}`,
        ),
      );
    }
    const confirmation: Confirmation = {
      id: serialId('CONF', state.confirmations),
      customerId: p.customerId,
      quoteNumber: p.quoteNumber ?? null,
      orderId: p.orderId ?? null,
      channel: p.channel,
      to,
      priceInclVatCents: offer.priceInclVatCents,
      mentions: { ...p.mentions },
      sentAt: context.now,
    };
    return accepted([{ type: 'confirmation.sent', ...stampOf(context), confirmation }], confirmation.id, {
      verb: 'sent',
      entity: 'confirmation',
      ref: confirmation.id,
    });
  },
};

/** The mandatory mentions of a written confirmation of a phone offer (L221-5, L221-16, R221-1). */
const MENTIONS: readonly { key: keyof ConfirmationMentions; fr: string; en: string }[] = [
  {
    key: 'precontractInformation',
    fr: 'les informations précontractuelles (vendeur, caractéristiques, livraison)',
    en: 'the pre-contract information (seller, characteristics, delivery)',
  },
  { key: 'priceInclVat', fr: 'le prix toutes taxes comprises', en: 'the price including VAT' },
  { key: 'withdrawalRight', fr: 'le droit de rétractation de 14 jours', en: 'the 14-day right of withdrawal' },
  { key: 'withdrawalForm', fr: 'le formulaire type de rétractation', en: 'the standard withdrawal form' },
];

function offerOf(
  state: CrmState,
  customerId: string,
  quoteNumber: string | undefined,
  orderId: string | undefined,
  today: string,
): { ok: true; priceInclVatCents: number } | { ok: false; error: CrmRefusal } {
  if (quoteNumber !== undefined) {
    const quote = state.quotes[quoteNumber];
    if (!quote) return { ok: false, error: notFound('quote', quoteNumber, 'quoteNumber') };
    if (quote.customerId !== customerId) return { ok: false, error: otherCustomer('quote', quoteNumber, customerId, 'quoteNumber') };
    if (today > quote.validUntil) {
      return {
        ok: false,
        error: crmRefusal(
          'quote.expired',
          `Le devis ${quote.number} a expiré le ${formatDate(quote.validUntil, 'fr')} : on ne confirme pas une offre échue.`,
          `Quote ${quote.number} expired on ${formatDate(quote.validUntil, 'en')}: an expired offer cannot be confirmed.`,
          'quoteNumber',
        ),
      };
    }
    return { ok: true, priceInclVatCents: quote.totals.inclVatCents };
  }
  const order = state.orders[orderId!];
  if (!order) return { ok: false, error: notFound('order', orderId!, 'orderId') };
  if (order.customerId !== customerId) return { ok: false, error: otherCustomer('order', order.id, customerId, 'orderId') };
  return { ok: true, priceInclVatCents: documentTotals(order.lines).inclVatCents };
}

/** A linked order, invoice or ticket must exist and belong to the customer. */
function checkLinks(
  state: CrmState,
  customerId: string,
  links: { orderId?: string | undefined; invoiceNumber?: string | undefined; ticketId?: string | undefined },
): CrmRefusal | null {
  if (links.orderId !== undefined) {
    const order = state.orders[links.orderId];
    if (!order) return notFound('order', links.orderId, 'orderId');
    if (order.customerId !== customerId) return otherCustomer('order', order.id, customerId, 'orderId');
  }
  if (links.invoiceNumber !== undefined) {
    const invoice = state.invoices[links.invoiceNumber];
    if (!invoice) return notFound('invoice', links.invoiceNumber, 'invoiceNumber');
    if (invoice.customerId !== customerId) return otherCustomer('invoice', invoice.number, customerId, 'invoiceNumber');
  }
  if (links.ticketId !== undefined) {
    const ticket = state.tickets[links.ticketId];
    if (!ticket) return notFound('ticket', links.ticketId, 'ticketId');
    if (ticket.customerId !== customerId) return otherCustomer('ticket', ticket.id, customerId, 'ticketId');
  }
  return null;
}
