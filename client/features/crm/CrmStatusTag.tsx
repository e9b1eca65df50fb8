import type { ChurnRisk, InvoiceStatus, OrderStatus, QuoteStatus, TicketStatus } from '../../../shared/crm/crmEntities';
import { useCrmI18n } from './useCrmI18n';
import { StatusTag, type StatusTone } from '../../ui/StatusTag';
import { churnRiskKeys, invoiceStatusKeys, orderStatusKeys, quoteStatusKeys, ticketStatusKeys } from './crmLabels';

type CrmStatusTagProps =
  | { kind: 'order'; value: OrderStatus }
  | { kind: 'invoice'; value: InvoiceStatus }
  | { kind: 'quote'; value: QuoteStatus }
  | { kind: 'ticket'; value: TicketStatus }
  | { kind: 'churn'; value: ChurnRisk };

const tones = {
  order: { draft: 'neutral', confirmed: 'info', preparing: 'info', shipped: 'info', delivered: 'success', cancelled: 'neutral', backordered: 'warning' },
  invoice: { due: 'info', paid: 'success', overdue: 'danger' },
  quote: { sent: 'info', accepted: 'success', expired: 'neutral' },
  ticket: { open: 'warning', pending: 'info', closed: 'neutral' },
  churn: { low: 'success', medium: 'warning', high: 'danger' },
} as const satisfies {
  order: Record<OrderStatus, StatusTone>;
  invoice: Record<InvoiceStatus, StatusTone>;
  quote: Record<QuoteStatus, StatusTone>;
  ticket: Record<TicketStatus, StatusTone>;
  churn: Record<ChurnRisk, StatusTone>;
};

/** The status of a CRM record as a word in its language, in a pill whose colour repeats it. */
export function CrmStatusTag(props: CrmStatusTagProps) {
  const { t } = useCrmI18n();
  switch (props.kind) {
    case 'order':
      return <StatusTag tone={tones.order[props.value]}>{t(orderStatusKeys[props.value])}</StatusTag>;
    case 'invoice':
      return <StatusTag tone={tones.invoice[props.value]}>{t(invoiceStatusKeys[props.value])}</StatusTag>;
    case 'quote':
      return <StatusTag tone={tones.quote[props.value]}>{t(quoteStatusKeys[props.value])}</StatusTag>;
    case 'ticket':
      return <StatusTag tone={tones.ticket[props.value]}>{t(ticketStatusKeys[props.value])}</StatusTag>;
    case 'churn':
      return <StatusTag tone={tones.churn[props.value]}>{t(churnRiskKeys[props.value])}</StatusTag>;
  }
}
