import type { CustomerFile } from '../../../shared/crm/customerFile';
import { useCrmI18n } from './useCrmI18n';
import { FormField } from '../../ui/FormField';
import { formatDay, formatMoney } from './crmFormat';
import type { CrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

type Kind = 'order' | 'invoice' | 'ticket';

const fieldOf = { order: 'orderId', invoice: 'invoiceNumber', ticket: 'ticketId' } as const;
const labelOf = { order: 'link.order', invoice: 'link.invoice', ticket: 'link.ticket' } as const;

type LinkedRecordSelectProps = {
  form: CrmForm;
  kind: Kind;
  file: CustomerFile;
  value: string;
  onChange: (value: string) => void;
};

/** An optional link from a ticket or a note to one of the customer's orders, invoices or tickets. */
export function LinkedRecordSelect({ form, kind, file, value, onChange }: LinkedRecordSelectProps) {
  const { t, locale } = useCrmI18n();
  const message = useFieldMessage();
  const field = form.field(fieldOf[kind]);
  const options =
    kind === 'order'
      ? [...file.openOrders, ...file.pastOrders].map((order) => ({
          value: order.id,
          label: `${order.id}${order.date ? ` — ${formatDay(order.date, locale)}` : ''} — ${formatMoney(order.inclVatCents, locale)}`,
        }))
      : kind === 'invoice'
        ? file.invoices.map((invoice) => ({ value: invoice.number, label: `${invoice.number} — ${formatMoney(invoice.inclVatCents, locale)}` }))
        : file.tickets.map((ticket) => ({ value: ticket.id, label: `${ticket.id} — ${truncate(ticket.subject)}` }));
  return (
    <FormField label={t(labelOf[kind])} error={message(field.error)}>
      {(control) => (
        <select {...control} ref={field.ref} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('form.noLink')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
