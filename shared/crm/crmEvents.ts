import type {
  Callback,
  CallNote,
  Confirmation,
  Consent,
  Contact,
  CreditNote,
  Customer,
  Invoice,
  Order,
  Payment,
  PhoneNumber,
  Quote,
  Task,
  Ticket,
  TicketStatus,
  TrackingEvent,
} from './crmEntities';

/** When a fact was recorded: the instant, and the business day it belongs to. */
export interface CrmEventStamp {
  at: string;
  today: string;
}

/** The identity fields a `customer.updated` event may change (null clears a field). */
export interface CustomerChanges {
  name?: string;
  company?: string | null;
  siret?: string | null;
  phone?: PhoneNumber | null;
  email?: string | null;
  address?: string | null;
}

/**
 * Facts of the mock CRM, in the past tense. Each carries everything its replay needs: ids and
 * numbers were chosen by the command, prices frozen, stock allocations decided; `applyCrmEvent`
 * only records them.
 */
export type CrmEvent = CrmEventStamp &
  (
    | { type: 'customer.created'; customer: Customer }
    | { type: 'customer.updated'; customerId: string; changes: CustomerChanges }
    | { type: 'contact.added'; customerId: string; contact: Contact }
    | { type: 'consent.updated'; customerId: string; consent: Consent }
    | { type: 'quote.created'; quote: Quote }
    | { type: 'order.created'; order: Order }
    | { type: 'order.cancelled'; orderId: string; reason: string }
    | { type: 'order.tracked'; orderId: string; event: TrackingEvent }
    | { type: 'invoice.issued'; invoice: Invoice }
    | { type: 'payment.recorded'; invoiceNumber: string; payment: Payment }
    | { type: 'creditNote.issued'; creditNote: CreditNote }
    | { type: 'ticket.opened'; ticket: Ticket }
    | { type: 'ticket.updated'; ticketId: string; status: TicketStatus; comment: string }
    | { type: 'callback.scheduled'; callback: Callback }
    | { type: 'task.created'; task: Task }
    | { type: 'note.written'; note: CallNote }
    | { type: 'confirmation.sent'; confirmation: Confirmation }
  );

export type CrmEventType = CrmEvent['type'];
export type CrmEventOf<T extends CrmEventType> = Extract<CrmEvent, { type: T }>;
