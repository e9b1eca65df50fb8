import type { CrmMessageKey } from './crmMessagesFr';
import type { ContactHistoryEntry } from '../../../shared/crm/customerFile';
import type {
  ChurnRisk,
  ConfirmationChannel,
  ConfirmationMentions,
  ConsentChannel,
  ConsentPurpose,
  CustomerKind,
  InvoiceStatus,
  OrderStatus,
  PaymentMethod,
  QuoteStatus,
  TicketStatus,
} from '../../../shared/crm/crmEntities';
import type { MatchField, MatchKind } from '../../../shared/crm/searchCustomers';

// Message keys of the CRM's vocabularies. Type-only imports from shared/ (no zod in the bundle);
// `satisfies` fails tsc when shared/ adds a value the screens cannot name.

export const orderStatusKeys = {
  draft: 'orderStatus.draft',
  confirmed: 'orderStatus.confirmed',
  preparing: 'orderStatus.preparing',
  shipped: 'orderStatus.shipped',
  delivered: 'orderStatus.delivered',
  cancelled: 'orderStatus.cancelled',
  backordered: 'orderStatus.backordered',
} as const satisfies Record<OrderStatus, CrmMessageKey>;

export const invoiceStatusKeys = {
  due: 'invoiceStatus.due',
  paid: 'invoiceStatus.paid',
  overdue: 'invoiceStatus.overdue',
} as const satisfies Record<InvoiceStatus, CrmMessageKey>;

export const quoteStatusKeys = {
  sent: 'quoteStatus.sent',
  accepted: 'quoteStatus.accepted',
  expired: 'quoteStatus.expired',
} as const satisfies Record<QuoteStatus, CrmMessageKey>;

export const ticketStatusKeys = {
  open: 'ticketStatus.open',
  pending: 'ticketStatus.pending',
  closed: 'ticketStatus.closed',
} as const satisfies Record<TicketStatus, CrmMessageKey>;

export const customerKindKeys = {
  consumer: 'customerKind.consumer',
  business: 'customerKind.business',
} as const satisfies Record<CustomerKind, CrmMessageKey>;

export const churnRiskKeys = {
  low: 'churnRisk.low',
  medium: 'churnRisk.medium',
  high: 'churnRisk.high',
} as const satisfies Record<ChurnRisk, CrmMessageKey>;

export const consentChannelKeys = {
  phone: 'consentChannel.phone',
  email: 'consentChannel.email',
  sms: 'consentChannel.sms',
  post: 'consentChannel.post',
} as const satisfies Record<ConsentChannel, CrmMessageKey>;

export const consentPurposeKeys = {
  canvassing: 'consentPurpose.canvassing',
  service: 'consentPurpose.service',
  newsletter: 'consentPurpose.newsletter',
} as const satisfies Record<ConsentPurpose, CrmMessageKey>;

export const paymentMethodKeys = {
  transfer: 'paymentMethod.transfer',
  card: 'paymentMethod.card',
  cheque: 'paymentMethod.cheque',
  cash: 'paymentMethod.cash',
  'direct-debit': 'paymentMethod.directDebit',
} as const satisfies Record<PaymentMethod, CrmMessageKey>;

export const confirmationChannelKeys = {
  email: 'confirmationChannel.email',
  post: 'confirmationChannel.post',
} as const satisfies Record<ConfirmationChannel, CrmMessageKey>;

export const historyKindKeys = {
  call: 'historyKind.call',
  confirmation: 'historyKind.confirmation',
  ticket: 'historyKind.ticket',
  callback: 'historyKind.callback',
} as const satisfies Record<ContactHistoryEntry['kind'], CrmMessageKey>;

export const matchFieldKeys = {
  customerId: 'matchField.customerId',
  orderNumber: 'matchField.orderNumber',
  invoiceNumber: 'matchField.invoiceNumber',
  phone: 'matchField.phone',
  contactPhone: 'matchField.contactPhone',
  email: 'matchField.email',
  contactEmail: 'matchField.contactEmail',
  name: 'matchField.name',
  company: 'matchField.company',
  contact: 'matchField.contact',
} as const satisfies Record<MatchField, CrmMessageKey>;

export const matchKindKeys = {
  exact: 'matchKind.exact',
  word: 'matchKind.word',
  prefix: 'matchKind.prefix',
  suffix: 'matchKind.suffix',
  substring: 'matchKind.substring',
} as const satisfies Record<MatchKind, CrmMessageKey>;

/** The mandatory mentions of a written confirmation, in the order the message gives them. */
export const mentionKeys = {
  precontractInformation: { label: 'mention.precontractInformation', preview: 'preview.precontractInformation' },
  priceInclVat: { label: 'mention.priceInclVat', preview: 'preview.priceInclVat' },
  withdrawalRight: { label: 'mention.withdrawalRight', preview: 'preview.withdrawalRight' },
  withdrawalForm: { label: 'mention.withdrawalForm', preview: 'preview.withdrawalForm' },
} as const satisfies Record<keyof ConfirmationMentions, { label: CrmMessageKey; preview: CrmMessageKey }>;

export type MentionKey = keyof typeof mentionKeys;
export const mentionOrder = Object.keys(mentionKeys) as MentionKey[];
