import { z } from 'zod';
import { isIsoDate } from '../law/isoDate';
import { parseInstant } from '../law/localDateTime';
import {
  CALL_DIRECTIONS,
  CONFIRMATION_CHANNELS,
  CONSENT_CHANNELS,
  CONSENT_PURPOSES,
  CUSTOMER_KINDS,
  PAYMENT_METHODS,
  TICKET_STATUSES,
} from './crmEntities';

// Commands are what the candidate asks of the CRM, in the present tense ('order.create'); each
// accepted command becomes events in the past tense ('order.created'). Every object is strict:
// a field the CRM does not know is refused rather than silently dropped. Money is in integer
// cents, VAT rates in basis points, dates 'YYYY-MM-DD', instants ISO 8601 with an offset.

const text = z.string().trim().min(1);
const id = z.string().trim().min(1);
/** 'date' and 'instant' are the custom messages `zodRefusal` turns into French and English. */
const date = z.string().refine(isIsoDate, { message: 'date' });
const instant = z.string().refine(isInstant, { message: 'instant' });
const cents = z.number().int().nonnegative();
const vatRateBp = z.number().int().min(0).max(10_000);
const quantity = z.number().int().positive();
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

const customerCreate = z.strictObject({
  kind: z.enum(CUSTOMER_KINDS),
  name: text,
  company: text.optional(),
  siret: text.optional(),
  phone: text.optional(),
  email: text.optional(),
  address: text.optional(),
  /** The candidate saw the possible duplicate and creates the record anyway. */
  duplicateConfirmed: z.boolean().optional(),
});

const customerUpdate = z.strictObject({
  customerId: id,
  name: text.optional(),
  company: optional(text),
  siret: optional(text),
  phone: optional(text),
  email: optional(text),
  address: optional(text),
});

const contactAdd = z.strictObject({
  customerId: id,
  name: text,
  role: text.optional(),
  phone: text.optional(),
  email: text.optional(),
});

const consentUpdate = z.strictObject({
  customerId: id,
  channel: z.enum(CONSENT_CHANNELS),
  purpose: z.enum(CONSENT_PURPOSES),
  given: z.boolean(),
  /** How the consent (or its withdrawal) was collected: the professional must be able to prove it. */
  source: text,
});

const quoteCreate = z.strictObject({
  customerId: id,
  lines: z
    .array(z.strictObject({ sku: id, quantity, unitPriceExclVatCents: cents.optional() }))
    .min(1),
  validUntil: date.optional(),
});

const orderCreate = z.strictObject({
  customerId: id,
  quoteNumber: id.optional(),
  lines: z.array(z.strictObject({ sku: id, quantity })).min(1).optional(),
  warehouse: id.optional(),
  backorder: z.strictObject({ date, acceptedByCustomer: z.boolean() }).optional(),
});

const orderCancel = z.strictObject({ orderId: id, reason: text });

const invoiceIssue = z.strictObject({ orderId: id, dueDate: date.optional() });

const paymentRecord = z.strictObject({
  invoiceNumber: id,
  amountCents: z.number().int().positive(),
  receivedOn: date,
  method: z.enum(PAYMENT_METHODS),
  reference: text.optional(),
});

const creditNoteIssue = z.strictObject({
  invoiceNumber: id,
  reason: text,
  lines: z
    .array(
      z.strictObject({
        sku: id.optional(),
        description: text.optional(),
        quantity,
        unitPriceExclVatCents: cents,
        vatRateBp,
      }),
    )
    .min(1)
    .optional(),
  amount: z.strictObject({ inclVatCents: z.number().int().positive(), vatRateBp }).optional(),
});

const ticketOpen = z.strictObject({
  customerId: id,
  subject: text,
  orderId: id.optional(),
  invoiceNumber: id.optional(),
});

const ticketUpdate = z.strictObject({ ticketId: id, status: z.enum(TICKET_STATUSES), comment: text });

const callbackSchedule = z.strictObject({
  customerId: id,
  dueAt: instant,
  assignee: text,
  about: text,
  phone: text.optional(),
});

const taskCreate = z.strictObject({
  customerId: id.optional(),
  dueDate: date,
  dueTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).optional(),
  assignee: text,
  about: text,
});

const noteWrite = z.strictObject({
  customerId: id,
  author: text,
  direction: z.enum(CALL_DIRECTIONS),
  text,
  orderId: id.optional(),
  ticketId: id.optional(),
  invoiceNumber: id.optional(),
});

const confirmationSend = z.strictObject({
  customerId: id,
  quoteNumber: id.optional(),
  orderId: id.optional(),
  channel: z.enum(CONFIRMATION_CHANNELS),
  /** The e-mail address (channel 'email') or the postal address (channel 'post'). */
  to: text,
  mentions: z.strictObject({
    precontractInformation: z.boolean(),
    priceInclVat: z.boolean(),
    withdrawalRight: z.boolean(),
    withdrawalForm: z.boolean(),
  }),
});

/** Every command's payload schema, by command type. */
export const CRM_COMMAND_PAYLOADS = {
  'customer.create': customerCreate,
  'customer.update': customerUpdate,
  'contact.add': contactAdd,
  'consent.update': consentUpdate,
  'quote.create': quoteCreate,
  'order.create': orderCreate,
  'order.cancel': orderCancel,
  'invoice.issue': invoiceIssue,
  'payment.record': paymentRecord,
  'creditNote.issue': creditNoteIssue,
  'ticket.open': ticketOpen,
  'ticket.update': ticketUpdate,
  'callback.schedule': callbackSchedule,
  'task.create': taskCreate,
  'note.write': noteWrite,
  'confirmation.send': confirmationSend,
} as const;

export type CrmCommandType = keyof typeof CRM_COMMAND_PAYLOADS;
export type CrmCommandPayload<T extends CrmCommandType> = z.output<(typeof CRM_COMMAND_PAYLOADS)[T]>;
export type CrmCommandOf<T extends CrmCommandType> = { type: T; payload: z.input<(typeof CRM_COMMAND_PAYLOADS)[T]> };
/** A command as the client sends it. `executeCrmCommand` validates it: the type says what a valid one looks like. */
export type CrmCommand = { [T in CrmCommandType]: CrmCommandOf<T> }[CrmCommandType];

export function isCrmCommandType(type: unknown): type is CrmCommandType {
  return typeof type === 'string' && Object.hasOwn(CRM_COMMAND_PAYLOADS, type);
}

function isInstant(value: string): boolean {
  try {
    parseInstant(value);
    return true;
  } catch {
    return false;
  }
}
