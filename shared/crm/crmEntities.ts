// The mock CRM's entities. Money is in integer euro cents, VAT rates in basis points
// (2000 = 20 %, 550 = 5.5 %), dates 'YYYY-MM-DD', instants ISO 8601 with an offset.
// Everything is plain data (no Map, no class), so a state can be serialised, compared and replayed.

export const CUSTOMER_KINDS = ['consumer', 'business'] as const;
export const CHURN_RISKS = ['low', 'medium', 'high'] as const;
export const CONSENT_CHANNELS = ['phone', 'email', 'sms', 'post'] as const;
export const CONSENT_PURPOSES = ['canvassing', 'service', 'newsletter'] as const;
export const ORDER_STATUSES = ['draft', 'confirmed', 'preparing', 'shipped', 'delivered', 'cancelled', 'backordered'] as const;
export const QUOTE_STATUSES = ['sent', 'accepted', 'expired'] as const;
export const INVOICE_STATUSES = ['due', 'paid', 'overdue'] as const;
export const TICKET_STATUSES = ['open', 'pending', 'closed'] as const;
export const PAYMENT_METHODS = ['transfer', 'card', 'cheque', 'cash', 'direct-debit'] as const;
export const CONFIRMATION_CHANNELS = ['email', 'post'] as const;
export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;

export type CustomerKind = (typeof CUSTOMER_KINDS)[number];
export type ChurnRisk = (typeof CHURN_RISKS)[number];
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export type ConfirmationChannel = (typeof CONFIRMATION_CHANNELS)[number];
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/** A phone number as the CRM keeps it: E.164 for machines, the French way of writing it for people. */
export interface PhoneNumber {
  /** '+33612345678'; null when a scenario fixture holds a number that does not parse. */
  e164: string | null;
  /** '06 12 34 56 78' for a French number, '+32 2 555 12 12' for a foreign one. */
  display: string;
}

export interface Loyalty {
  tier: string | null;
  contractEnd: string | null;
  churnRisk: ChurnRisk | null;
}

/** A person at a business customer. */
export interface Contact {
  id: string;
  name: string;
  role: string | null;
  phone: PhoneNumber | null;
  email: string | null;
}

export interface Customer {
  /** 'C-1042'. */
  id: string;
  kind: CustomerKind;
  /** The person (consumer) or the main contact (business). */
  name: string;
  company: string | null;
  /** 14 digits, businesses only. */
  siret: string | null;
  phone: PhoneNumber | null;
  email: string | null;
  address: string | null;
  /** Customer since. */
  since: string | null;
  loyalty: Loyalty;
  /** Free remarks carried over from the scenario fixture. */
  remarks: string | null;
  contacts: Contact[];
}

export interface Consent {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  given: boolean;
  date: string | null;
  source: string | null;
}

export interface Product {
  sku: string;
  name: string;
  unitPriceExclVatCents: number;
  vatRateBp: number;
  unit: string | null;
  /** SKUs offered instead when this one is short. */
  substitutes: string[];
}

export interface IncomingDelivery {
  quantity: number;
  date: string;
}

/** One SKU in one warehouse. */
export interface StockLevel {
  sku: string;
  warehouse: string;
  onHand: number;
  /** Promised to orders, taken from `onHand`. */
  reserved: number;
  /** Promised to dated backorders, taken from `incoming` (earliest deliveries first). */
  backordered: number;
  incoming: IncomingDelivery[];
}

/** A line of a quote, order, invoice or credit note, with its price and VAT rate frozen. */
export interface DocumentLine {
  sku: string | null;
  description: string;
  quantity: number;
  unitPriceExclVatCents: number;
  vatRateBp: number;
  /**
   * Set only on a line made from an amount including VAT (a credit note "of 356.40 € TTC"): its
   * VAT is that amount minus its base, as accountants do, rather than recomputed from the base
   * (at 20 % no base gives 0.03 € once its VAT is rounded).
   */
  vatCents?: number;
}

export interface VatBreakdown {
  vatRateBp: number;
  baseExclVatCents: number;
  vatCents: number;
}

export interface DocumentTotals {
  exclVatCents: number;
  vatCents: number;
  inclVatCents: number;
  /** One entry per VAT rate, lowest rate first. */
  vatByRate: VatBreakdown[];
}

export interface Quote {
  /** 'DEV-2026-0001'. */
  number: string;
  customerId: string;
  date: string;
  /** Last day on which the quote can be accepted. */
  validUntil: string;
  lines: DocumentLine[];
  totals: DocumentTotals;
  /** The order it became, once accepted. */
  orderId: string | null;
}

/** Where an order line's quantity comes from: stock reserved now, or a dated backorder. */
export interface StockAllocation {
  warehouse: string;
  reserved: number;
  backordered: number;
}

export interface OrderLine extends DocumentLine {
  allocations: StockAllocation[];
}

export interface TrackingEvent {
  at: string;
  status: string;
  label: string;
}

export interface Delivery {
  carrier: string | null;
  trackingNumber: string | null;
  promised: string | null;
  events: TrackingEvent[];
}

export interface Order {
  /** 'CMD-2026-0001' (scenario fixtures keep their own numbers). */
  id: string;
  customerId: string;
  date: string | null;
  status: OrderStatus;
  lines: OrderLine[];
  quoteNumber: string | null;
  /** The warehouse chosen at order time; null when stock was taken across all warehouses. */
  warehouse: string | null;
  /** The date the customer accepted for a backordered quantity. */
  backorderDate: string | null;
  delivery: Delivery;
  cancelReason: string | null;
}

export interface Payment {
  id: string;
  amountCents: number;
  receivedOn: string;
  method: PaymentMethod | null;
  reference: string | null;
}

export interface Invoice {
  /** 'FAC-2026-0001'. */
  number: string;
  customerId: string;
  orderId: string | null;
  date: string | null;
  dueDate: string | null;
  /** Empty when a scenario fixture gives only the total: the detail is then unknown. */
  lines: DocumentLine[];
  /** `exclVatCents` and `vatCents` are null when only the total including VAT is known. */
  totals: { exclVatCents: number | null; vatCents: number | null; inclVatCents: number; vatByRate: VatBreakdown[] };
  payments: Payment[];
  /** The customer contests it (a scenario fixture may say so). */
  disputed: boolean;
}

export interface CreditNote {
  /** 'AV-2026-0001'. */
  number: string;
  invoiceNumber: string;
  customerId: string;
  date: string;
  reason: string;
  lines: DocumentLine[];
  totals: DocumentTotals;
}

export interface TicketUpdate {
  at: string;
  status: TicketStatus;
  comment: string;
}

export interface Ticket {
  id: string;
  customerId: string;
  orderId: string | null;
  invoiceNumber: string | null;
  subject: string;
  status: TicketStatus;
  openedOn: string | null;
  updates: TicketUpdate[];
}

export interface Callback {
  id: string;
  customerId: string;
  /** When to call back: an ISO instant with its offset. */
  dueAt: string;
  /** The number to call, when it is not the customer's usual one. */
  phone: PhoneNumber | null;
  assignee: string;
  about: string;
  createdAt: string;
}

export interface Task {
  id: string;
  customerId: string | null;
  dueDate: string;
  /** 'HH:MM', or null for "during the day". */
  dueTime: string | null;
  assignee: string;
  about: string;
  createdAt: string;
}

export interface CallNote {
  id: string;
  customerId: string;
  at: string;
  author: string;
  direction: CallDirection;
  text: string;
  orderId: string | null;
  ticketId: string | null;
  invoiceNumber: string | null;
}

/** Which mandatory mentions a written confirmation of a phone offer carries (L221-16, L221-5). */
export interface ConfirmationMentions {
  precontractInformation: boolean;
  priceInclVat: boolean;
  withdrawalRight: boolean;
  withdrawalForm: boolean;
}

export interface Confirmation {
  id: string;
  customerId: string;
  quoteNumber: string | null;
  orderId: string | null;
  channel: ConfirmationChannel;
  /** The e-mail address or postal address it was sent to. */
  to: string;
  /** The price including VAT stated in the confirmation: the total of the quote or order. */
  priceInclVatCents: number;
  mentions: ConfirmationMentions;
  sentAt: string;
}

/** The whole mock CRM. Records are keyed by id or number. */
export interface CrmState {
  /** The business day of the last recorded event (or of the start): derived statuses read it. */
  today: string;
  customers: Readonly<Record<string, Customer>>;
  consents: Readonly<Record<string, readonly Consent[]>>;
  products: Readonly<Record<string, Product>>;
  /** sku → warehouse → level. */
  stock: Readonly<Record<string, Readonly<Record<string, StockLevel>>>>;
  quotes: Readonly<Record<string, Quote>>;
  orders: Readonly<Record<string, Order>>;
  invoices: Readonly<Record<string, Invoice>>;
  creditNotes: Readonly<Record<string, CreditNote>>;
  tickets: Readonly<Record<string, Ticket>>;
  callbacks: Readonly<Record<string, Callback>>;
  tasks: Readonly<Record<string, Task>>;
  notes: Readonly<Record<string, CallNote>>;
  confirmations: Readonly<Record<string, Confirmation>>;
  /** Highest number used per series and year: 'FAC-2026' → 5231. */
  sequences: Readonly<Record<string, number>>;
}
