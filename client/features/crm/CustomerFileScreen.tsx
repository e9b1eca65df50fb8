import { useEffect } from 'react';
import type { CustomerFile } from '../../../shared/crm/customerFile';
import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { DataTable } from '../../ui/DataTable';
import { DefinitionList } from '../../ui/DefinitionList';
import { StatusTag } from '../../ui/StatusTag';
import { formatDay, formatMoment, formatMoney } from './crmFormat';
import {
  confirmationChannelKeys,
  consentChannelKeys,
  consentPurposeKeys,
  customerKindKeys,
  historyKindKeys,
  mentionOrder,
} from './crmLabels';
import { ClickToCallButton } from '../call/ClickToCallButton';
import { CrmReadView } from './CrmReadView';
import { CrmSection } from './CrmSection';
import { CrmStatusTag } from './CrmStatusTag';
import { CustomerActions } from './CustomerActions';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useCrmRead } from './useCrmRead';

/** The customer file: everything the CRM knows of one customer, and the forms to act on it. */
export function CustomerFileScreen({ customerId }: { customerId: string }) {
  const { t } = useCrmI18n();
  const read = useCrmRead<CustomerFile>(`/customers/${encodeURIComponent(customerId)}`);
  const { setCurrentCustomer } = useCrm();
  const name = read.status === 'ready' ? read.data.customer.name : null;

  useEffect(() => {
    if (name !== null) setCurrentCustomer({ id: customerId, name });
  }, [customerId, name, setCurrentCustomer]);

  return (
    <section className="crm-screen" aria-label={t('file.title', { id: customerId })}>
      <ScreenHeading>{name ? t('file.titleWithName', { id: customerId, name }) : t('file.title', { id: customerId })}</ScreenHeading>
      <CrmReadView read={read}>{(file) => <FileContent file={file} onChanged={read.refresh} />}</CrmReadView>
    </section>
  );
}

function FileContent({ file, onChanged }: { file: CustomerFile; onChanged: () => void }) {
  const { t, locale, plural } = useCrmI18n();
  const { hrefFor } = useCrm();
  const { customer, loyalty } = file;
  const day = (date: string | null) => (date ? formatDay(date, locale) : null);
  const money = (cents: number) => formatMoney(cents, locale);
  const orderLink = (id: string) => <Link href={hrefFor({ screen: 'order', id })}>{id}</Link>;
  const invoiceLink = (id: string) => <Link href={hrefFor({ screen: 'invoice', id })}>{id}</Link>;
  const ticketLink = (id: string) => <Link href={hrefFor({ screen: 'ticket', id })}>{id}</Link>;
  const quoteLink = (id: string) => <Link href={hrefFor({ screen: 'quote', id })}>{id}</Link>;
  const orderColumns = [
    { header: t('order.number'), cell: (o: CustomerFile['openOrders'][number]) => orderLink(o.id), rowHeader: true },
    { header: t('order.date'), cell: (o: CustomerFile['openOrders'][number]) => day(o.date) ?? '—' },
    { header: t('order.status'), cell: (o: CustomerFile['openOrders'][number]) => <CrmStatusTag kind="order" value={o.status} /> },
    { header: t('order.total'), cell: (o: CustomerFile['openOrders'][number]) => money(o.inclVatCents), numeric: true },
    {
      header: t('order.promised'),
      cell: (o: CustomerFile['openOrders'][number]) => (o.backorderDate ? t('order.backorderOn', { date: day(o.backorderDate)! }) : (day(o.promised) ?? '—')),
    },
    {
      header: t('order.carrier'),
      cell: (o: CustomerFile['openOrders'][number]) => [o.carrier, o.trackingNumber].filter(Boolean).join(' · ') || '—',
    },
  ];

  return (
    <div className="customer-file">
      <div className="customer-file__top">
        <section className="crm-card customer-file__identity" aria-labelledby="file-identity">
          <h3 id="file-identity" className="crm-section__title">
            {t('file.identity')}
          </h3>
          <p className="customer-file__name">
            <span>{customer.name}</span>
            {customer.company && <span className="customer-file__company">{customer.company}</span>}
            <StatusTag>{t(customerKindKeys[customer.kind])}</StatusTag>
          </p>
          <DefinitionList
            items={[
              { term: t('field.customerId'), value: customer.id },
              {
                term: t('field.phone'),
                value: customer.phone ? (
                  <>
                    {customer.phone.display} <ClickToCallButton number={customer.phone.display} />
                  </>
                ) : (
                  '—'
                ),
              },
              { term: t('field.email'), value: customer.email ?? '—' },
              { term: t('field.address'), value: customer.address ?? '—' },
              ...(customer.kind === 'business' || customer.siret ? [{ term: t('field.siret'), value: customer.siret ?? '—' }] : []),
              { term: t('field.since'), value: day(customer.since) },
              { term: t('field.remarks'), value: customer.remarks, wide: true },
            ]}
          />
        </section>
        <section className="crm-card customer-file__loyalty" aria-labelledby="file-loyalty">
          <h3 id="file-loyalty" className="crm-section__title">
            {t('file.loyalty')}
          </h3>
          <DefinitionList
            items={[
              { term: t('loyalty.tier'), value: loyalty.tier ?? '—' },
              { term: t('loyalty.contractEnd'), value: day(loyalty.contractEnd) ?? '—' },
              { term: t('loyalty.churnRisk'), value: loyalty.churnRisk ? <CrmStatusTag kind="churn" value={loyalty.churnRisk} /> : '—' },
            ]}
          />
        </section>
      </div>

      <CustomerActions file={file} onChanged={onChanged} />

      <CrmSection title={t('file.openOrders')} isEmpty={file.openOrders.length === 0} empty={t('file.noOpenOrders')}>
        <DataTable label={t('file.openOrders')} columns={orderColumns} rows={file.openOrders} rowKey={(o) => o.id} />
      </CrmSection>

      <CrmSection title={t('file.invoices')} isEmpty={file.invoices.length === 0} empty={t('file.noInvoices')}>
        <DataTable
          label={t('file.invoices')}
          rows={file.invoices}
          rowKey={(i) => i.number}
          columns={[
            { header: t('invoice.number'), cell: (i) => invoiceLink(i.number), rowHeader: true },
            { header: t('invoice.date'), cell: (i) => day(i.date) ?? '—' },
            { header: t('invoice.dueDate'), cell: (i) => day(i.dueDate) ?? '—' },
            {
              header: t('invoice.status'),
              cell: (i) => (
                <span className="tag-list">
                  <CrmStatusTag kind="invoice" value={i.status} />
                  {i.daysOverdue > 0 && <span className="crm-note">{plural('invoice.daysOverdue', i.daysOverdue)}</span>}
                  {i.disputed && <StatusTag tone="warning">{t('invoice.disputed')}</StatusTag>}
                </span>
              ),
            },
            { header: t('invoice.total'), cell: (i) => money(i.inclVatCents), numeric: true },
            { header: t('invoice.balance'), cell: (i) => money(i.balanceCents), numeric: true },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.tickets')} isEmpty={file.tickets.length === 0} empty={t('file.noTickets')}>
        <DataTable
          label={t('file.tickets')}
          rows={file.tickets}
          rowKey={(ticket) => ticket.id}
          columns={[
            { header: t('ticket.id'), cell: (ticket) => ticketLink(ticket.id), rowHeader: true },
            { header: t('ticket.openedOn'), cell: (ticket) => day(ticket.openedOn) ?? '—' },
            { header: t('ticket.subject'), cell: (ticket) => ticket.subject },
            { header: t('ticket.status'), cell: (ticket) => <CrmStatusTag kind="ticket" value={ticket.status} /> },
            { header: t('ticket.order'), cell: (ticket) => (ticket.orderId ? orderLink(ticket.orderId) : '—') },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.callbacks')} isEmpty={file.callbacks.length === 0} empty={t('file.noCallbacks')}>
        <DataTable
          label={t('file.callbacks')}
          rows={file.callbacks}
          rowKey={(callback) => callback.id}
          columns={[
            { header: t('callback.dueAt'), cell: (callback) => formatMoment(callback.dueAt, locale), rowHeader: true },
            { header: t('callback.about'), cell: (callback) => callback.about },
            { header: t('callback.assignee'), cell: (callback) => callback.assignee },
            { header: t('callback.phone'), cell: (callback) => callback.phone?.display ?? customer.phone?.display ?? '—' },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.history')} isEmpty={file.contactHistory.length === 0} empty={t('file.noHistory')}>
        <DataTable
          label={t('file.history')}
          rows={file.contactHistory}
          rowKey={(entry) => `${entry.kind}-${entry.ref}`}
          columns={[
            { header: t('history.at'), cell: (entry) => (entry.at ? formatMoment(entry.at, locale) : '—'), rowHeader: true },
            { header: t('history.kind'), cell: (entry) => t(historyKindKeys[entry.kind]) },
            { header: t('history.summary'), cell: (entry) => (entry.kind === 'callback' ? callbackSummary(entry.summary, locale) : entry.summary) },
            { header: t('history.ref'), cell: (entry) => (entry.kind === 'ticket' ? ticketLink(entry.ref) : entry.ref) },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.notes')} isEmpty={file.notes.length === 0} empty={t('file.noNotes')}>
        <ul className="note-list">
          {file.notes.map((note) => (
            <li key={note.id} className="note-list__note">
              <p className="note-list__meta">
                {formatMoment(note.at, locale)} · {note.author} · {t(note.direction === 'inbound' ? 'direction.inbound' : 'direction.outbound')} · {note.id}
                {note.orderId && <> · {orderLink(note.orderId)}</>}
                {note.ticketId && <> · {ticketLink(note.ticketId)}</>}
                {note.invoiceNumber && <> · {invoiceLink(note.invoiceNumber)}</>}
              </p>
              <p className="note-list__text">{note.text}</p>
            </li>
          ))}
        </ul>
      </CrmSection>

      <CrmSection title={t('file.consents')} isEmpty={file.consents.length === 0} empty={t('file.noConsents')}>
        <DataTable
          label={t('file.consents')}
          rows={file.consents}
          rowKey={(_consent, index) => index}
          columns={[
            { header: t('consent.channel'), cell: (consent) => t(consentChannelKeys[consent.channel]), rowHeader: true },
            { header: t('consent.purpose'), cell: (consent) => t(consentPurposeKeys[consent.purpose]) },
            {
              header: t('consent.state'),
              cell: (consent) => <StatusTag tone={consent.given ? 'success' : 'danger'}>{t(consent.given ? 'consent.given' : 'consent.withdrawn')}</StatusTag>,
            },
            { header: t('consent.date'), cell: (consent) => day(consent.date) ?? '—' },
            { header: t('consent.source'), cell: (consent) => consent.source ?? '—' },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.contacts')} isEmpty={file.contacts.length === 0} empty={t('file.noContacts')}>
        <DataTable
          label={t('file.contacts')}
          rows={file.contacts}
          rowKey={(contact) => contact.id}
          columns={[
            { header: t('contact.name'), cell: (contact) => contact.name, rowHeader: true },
            { header: t('contact.role'), cell: (contact) => contact.role ?? '—' },
            { header: t('field.phone'), cell: (contact) => contact.phone?.display ?? '—' },
            { header: t('field.email'), cell: (contact) => contact.email ?? '—' },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.quotes')} isEmpty={file.quotes.length === 0} empty={t('file.noQuotes')}>
        <DataTable
          label={t('file.quotes')}
          rows={file.quotes}
          rowKey={(quote) => quote.number}
          columns={[
            { header: t('quote.number'), cell: (quote) => quoteLink(quote.number), rowHeader: true },
            { header: t('quote.date'), cell: (quote) => day(quote.date) },
            { header: t('quote.validUntil'), cell: (quote) => day(quote.validUntil) },
            { header: t('quote.status'), cell: (quote) => <CrmStatusTag kind="quote" value={quote.status} /> },
            { header: t('quote.total'), cell: (quote) => money(quote.inclVatCents), numeric: true },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.creditNotes')} isEmpty={file.creditNotes.length === 0} empty={t('file.noCreditNotes')}>
        <DataTable
          label={t('file.creditNotes')}
          rows={file.creditNotes}
          rowKey={(note) => note.number}
          columns={[
            { header: t('creditNote.number'), cell: (note) => note.number, rowHeader: true },
            { header: t('creditNote.date'), cell: (note) => day(note.date) },
            { header: t('creditNote.invoice'), cell: (note) => invoiceLink(note.invoiceNumber) },
            { header: t('creditNote.reason'), cell: (note) => note.reason },
            { header: t('creditNote.total'), cell: (note) => money(note.totals.inclVatCents), numeric: true },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.confirmations')} isEmpty={file.confirmations.length === 0} empty={t('file.noConfirmations')}>
        <DataTable
          label={t('file.confirmations')}
          rows={file.confirmations}
          rowKey={(confirmation) => confirmation.id}
          columns={[
            { header: t('confirmation.sentAt'), cell: (c) => formatMoment(c.sentAt, locale), rowHeader: true },
            { header: t('confirmation.offer'), cell: (c) => (c.quoteNumber ? quoteLink(c.quoteNumber) : c.orderId ? orderLink(c.orderId) : '—') },
            { header: t('confirmation.channel'), cell: (c) => `${t(confirmationChannelKeys[c.channel])} — ${c.to}` },
            { header: t('confirmation.price'), cell: (c) => money(c.priceInclVatCents), numeric: true },
            {
              header: t('confirmation.mentions'),
              cell: (c) => {
                const count = mentionOrder.filter((key) => c.mentions[key]).length;
                return <StatusTag tone={count === mentionOrder.length ? 'success' : 'danger'}>{t('confirmation.mentionsCount', { count, total: mentionOrder.length })}</StatusTag>;
              },
            },
          ]}
        />
      </CrmSection>

      <CrmSection title={t('file.pastOrders')} isEmpty={file.pastOrders.length === 0} empty={t('file.noPastOrders')}>
        <DataTable label={t('file.pastOrders')} columns={orderColumns} rows={file.pastOrders} rowKey={(o) => o.id} />
      </CrmSection>

      <CrmSection title={t('file.tasks')} isEmpty={file.tasks.length === 0} empty={t('file.noTasks')}>
        <DataTable
          label={t('file.tasks')}
          rows={file.tasks}
          rowKey={(task) => task.id}
          columns={[
            { header: t('task.dueDate'), cell: (task) => `${day(task.dueDate)}${task.dueTime ? ` ${task.dueTime}` : ''}`, rowHeader: true },
            { header: t('task.about'), cell: (task) => task.about },
            { header: t('task.assignee'), cell: (task) => task.assignee },
          ]}
        />
      </CrmSection>
    </div>
  );
}

/** The CRM writes a callback's history line as '<instant> — <about>': the instant is made readable. */
function callbackSummary(summary: string, locale: 'fr' | 'en'): string {
  const [instant, ...rest] = summary.split(' — ');
  return instant && rest.length > 0 ? `${formatMoment(instant, locale)} — ${rest.join(' — ')}` : summary;
}
