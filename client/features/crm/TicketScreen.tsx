import type { Ticket } from '../../../shared/crm/crmEntities';
import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { DefinitionList } from '../../ui/DefinitionList';
import { formatDay, formatMoment } from './crmFormat';
import { ticketStatusKeys } from './crmLabels';
import { CrmReadView } from './CrmReadView';
import { CrmSection } from './CrmSection';
import { CrmStatusTag } from './CrmStatusTag';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useCrmRead } from './useCrmRead';

/** An after-sales ticket: subject, status, what it concerns, and its follow-up. */
export function TicketScreen({ ticketId }: { ticketId: string }) {
  const { t, locale } = useCrmI18n();
  const { hrefFor } = useCrm();
  const read = useCrmRead<Ticket>(`/tickets/${encodeURIComponent(ticketId)}`);
  return (
    <section className="crm-screen" aria-label={t('ticketDetail.title', { id: ticketId })}>
      <ScreenHeading>{t('ticketDetail.title', { id: ticketId })}</ScreenHeading>
      <CrmReadView read={read}>
        {(ticket) => (
          <div className="crm-detail">
            <div className="crm-card">
              <p className="ticket-subject">{ticket.subject}</p>
              <DefinitionList
                items={[
                  { term: t('detail.customer'), value: <Link href={hrefFor({ screen: 'customer', id: ticket.customerId })}>{ticket.customerId}</Link> },
                  { term: t('ticket.status'), value: <CrmStatusTag kind="ticket" value={ticket.status} /> },
                  { term: t('ticket.openedOn'), value: ticket.openedOn ? formatDay(ticket.openedOn, locale) : '—' },
                  { term: t('detail.order'), value: ticket.orderId ? <Link href={hrefFor({ screen: 'order', id: ticket.orderId })}>{ticket.orderId}</Link> : null },
                  {
                    term: t('detail.invoice'),
                    value: ticket.invoiceNumber ? <Link href={hrefFor({ screen: 'invoice', id: ticket.invoiceNumber })}>{ticket.invoiceNumber}</Link> : null,
                  },
                ]}
              />
            </div>
            <CrmSection title={t('ticketDetail.updates')} isEmpty={ticket.updates.length === 0} empty={t('ticketDetail.noUpdates')}>
              <ol className="note-list">
                {ticket.updates.map((update, index) => (
                  <li key={index} className="note-list__note">
                    <p className="note-list__meta">
                      {formatMoment(update.at, locale)} · {t(ticketStatusKeys[update.status])}
                    </p>
                    <p className="note-list__text">{update.comment}</p>
                  </li>
                ))}
              </ol>
            </CrmSection>
          </div>
        )}
      </CrmReadView>
    </section>
  );
}
