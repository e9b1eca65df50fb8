import type { OrderDetail } from '../../../shared/crm/orderDetail';
import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { DataTable } from '../../ui/DataTable';
import { DefinitionList } from '../../ui/DefinitionList';
import { StatusTag } from '../../ui/StatusTag';
import { formatDay, formatMoment, formatMoney } from './crmFormat';
import { CrmReadView } from './CrmReadView';
import { CrmSection } from './CrmSection';
import { CrmStatusTag } from './CrmStatusTag';
import { DocumentLinesTable } from './DocumentLinesTable';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useCrmRead } from './useCrmRead';

/** An order: its customer, lines and totals, delivery tracking, invoices and tickets. */
export function OrderScreen({ orderId }: { orderId: string }) {
  const { t, locale } = useCrmI18n();
  const { hrefFor } = useCrm();
  const read = useCrmRead<OrderDetail>(`/orders/${encodeURIComponent(orderId)}`);
  const day = (date: string | null) => (date ? formatDay(date, locale) : '—');
  return (
    <section className="crm-screen" aria-label={t('orderDetail.title', { id: orderId })}>
      <ScreenHeading>{t('orderDetail.title', { id: orderId })}</ScreenHeading>
      <CrmReadView read={read}>
        {({ order, customer, lines, totals, invoices, tickets }) => (
          <div className="crm-detail">
            <div className="crm-card">
              <DefinitionList
                items={[
                  {
                    term: t('detail.customer'),
                    value: customer ? <Link href={hrefFor({ screen: 'customer', id: customer.id })}>{`${customer.name}${customer.company ? ` · ${customer.company}` : ''} (${customer.id})`}</Link> : order.customerId,
                  },
                  { term: t('order.date'), value: day(order.date) },
                  { term: t('order.status'), value: <CrmStatusTag kind="order" value={order.status} /> },
                  { term: t('order.quote'), value: order.quoteNumber ? <Link href={hrefFor({ screen: 'quote', id: order.quoteNumber })}>{order.quoteNumber}</Link> : null },
                  { term: t('order.warehouse'), value: order.warehouse },
                  { term: t('order.backorder'), value: order.backorderDate ? day(order.backorderDate) : null },
                  { term: t('order.cancelReason'), value: order.cancelReason },
                ]}
              />
            </div>
            <CrmSection title={t('detail.lines')} isEmpty={lines.length === 0} empty={t('detail.noLines')}>
              <DocumentLinesTable label={t('detail.lines')} lines={lines} totals={totals} />
            </CrmSection>
            <CrmSection title={t('orderDetail.delivery')}>
              <DefinitionList
                items={[
                  { term: t('order.carrier'), value: order.delivery.carrier ?? '—' },
                  { term: t('order.tracking'), value: order.delivery.trackingNumber ?? '—' },
                  { term: t('order.promised'), value: day(order.delivery.promised) },
                ]}
              />
              {order.delivery.events.length === 0 ? (
                <p className="crm-section__empty">{t('orderDetail.noTracking')}</p>
              ) : (
                <ol className="tracking">
                  {order.delivery.events.map((event, index) => (
                    <li key={index} className="tracking__event">
                      <span className="tracking__at">{formatMoment(event.at, locale)}</span>
                      <StatusTag>{event.status}</StatusTag>
                      <span>{event.label}</span>
                    </li>
                  ))}
                </ol>
              )}
            </CrmSection>
            <CrmSection title={t('file.invoices')} isEmpty={invoices.length === 0} empty={t('file.noInvoices')}>
              <DataTable
                label={t('file.invoices')}
                rows={invoices}
                rowKey={(invoice) => invoice.number}
                columns={[
                  { header: t('invoice.number'), cell: (invoice) => <Link href={hrefFor({ screen: 'invoice', id: invoice.number })}>{invoice.number}</Link>, rowHeader: true },
                  { header: t('invoice.date'), cell: (invoice) => day(invoice.date) },
                  { header: t('invoice.status'), cell: (invoice) => <CrmStatusTag kind="invoice" value={invoice.status} /> },
                  { header: t('invoice.total'), cell: (invoice) => formatMoney(invoice.inclVatCents, locale), numeric: true },
                  { header: t('invoice.balance'), cell: (invoice) => formatMoney(invoice.balanceCents, locale), numeric: true },
                ]}
              />
            </CrmSection>
            <CrmSection title={t('file.tickets')} isEmpty={tickets.length === 0} empty={t('file.noTickets')}>
              <DataTable
                label={t('file.tickets')}
                rows={tickets}
                rowKey={(ticket) => ticket.id}
                columns={[
                  { header: t('ticket.id'), cell: (ticket) => <Link href={hrefFor({ screen: 'ticket', id: ticket.id })}>{ticket.id}</Link>, rowHeader: true },
                  { header: t('ticket.openedOn'), cell: (ticket) => day(ticket.openedOn) },
                  { header: t('ticket.subject'), cell: (ticket) => ticket.subject },
                  { header: t('ticket.status'), cell: (ticket) => <CrmStatusTag kind="ticket" value={ticket.status} /> },
                ]}
              />
            </CrmSection>
          </div>
        )}
      </CrmReadView>
    </section>
  );
}
