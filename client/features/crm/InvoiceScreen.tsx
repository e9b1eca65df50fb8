import { useEffect, useRef, useState } from 'react';
import type { InvoiceDetail } from '../../../shared/crm/invoiceDetail';
import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { DataTable } from '../../ui/DataTable';
import { DefinitionList } from '../../ui/DefinitionList';
import { StatusTag } from '../../ui/StatusTag';
import { formatDay, formatMoney } from './crmFormat';
import { paymentMethodKeys } from './crmLabels';
import { CreditNoteForm } from './CreditNoteForm';
import { CrmReadView } from './CrmReadView';
import { CrmSection } from './CrmSection';
import { CrmStatusTag } from './CrmStatusTag';
import { DocumentLinesTable } from './DocumentLinesTable';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useCrmRead } from './useCrmRead';

/** An invoice: status, lines and totals, payments, credit notes, what remains due; and its credit note form. */
export function InvoiceScreen({ invoiceNumber }: { invoiceNumber: string }) {
  const { t } = useCrmI18n();
  const read = useCrmRead<InvoiceDetail>(`/invoices/${encodeURIComponent(invoiceNumber)}`);
  return (
    <section className="crm-screen" aria-label={t('invoiceDetail.title', { id: invoiceNumber })}>
      <ScreenHeading>{t('invoiceDetail.title', { id: invoiceNumber })}</ScreenHeading>
      <CrmReadView read={read}>{(invoice) => <InvoiceContent invoice={invoice} onChanged={read.refresh} />}</CrmReadView>
    </section>
  );
}

function InvoiceContent({ invoice, onChanged }: { invoice: InvoiceDetail; onChanged: () => void }) {
  const { t, locale, plural } = useCrmI18n();
  const { hrefFor } = useCrm();
  const [formOpen, setFormOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ to: 'done' | 'button' } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const money = (cents: number) => formatMoney(cents, locale);
  const day = (date: string | null) => (date ? formatDay(date, locale) : '—');

  useEffect(() => {
    if (focus?.to === 'done') doneRef.current?.focus();
    if (focus?.to === 'button') buttonRef.current?.focus();
  }, [focus]);

  return (
    <div className="crm-detail">
      <div className="crm-card">
        <DefinitionList
          items={[
            { term: t('detail.customer'), value: <Link href={hrefFor({ screen: 'customer', id: invoice.invoice.customerId })}>{invoice.invoice.customerId}</Link> },
            { term: t('invoice.date'), value: day(invoice.date) },
            { term: t('invoice.dueDate'), value: day(invoice.dueDate) },
            {
              term: t('invoice.status'),
              value: (
                <span className="tag-list">
                  <CrmStatusTag kind="invoice" value={invoice.status} />
                  {invoice.daysOverdue > 0 && <span className="crm-note">{plural('invoice.daysOverdue', invoice.daysOverdue)}</span>}
                  {invoice.disputed && <StatusTag tone="warning">{t('invoice.disputed')}</StatusTag>}
                </span>
              ),
            },
            {
              term: t('detail.order'),
              value: invoice.order ? (
                <>
                  <Link href={hrefFor({ screen: 'order', id: invoice.order.id })}>{invoice.order.id}</Link> — {money(invoice.order.inclVatCents)}
                </>
              ) : null,
            },
          ]}
        />
      </div>
      <CrmSection title={t('invoiceDetail.amounts')}>
        <DefinitionList
          className="amounts"
          items={[
            { term: t('amount.total'), value: money(invoice.amounts.inclVatCents) },
            { term: t('amount.credited'), value: money(invoice.amounts.creditedCents) },
            { term: t('amount.paid'), value: money(invoice.amounts.paidCents) },
            { term: t('amount.balance'), value: <strong>{money(invoice.amounts.balanceCents)}</strong> },
            { term: t('amount.creditable'), value: money(invoice.amounts.creditableCents) },
          ]}
        />
      </CrmSection>
      <CrmSection title={t('detail.lines')}>
        {invoice.linesKnown ? (
          <DocumentLinesTable label={t('detail.lines')} lines={invoice.lines} totals={invoice.invoice.totals} />
        ) : (
          <p className="crm-section__empty">{t('invoiceDetail.linesUnknown', { amount: money(invoice.inclVatCents) })}</p>
        )}
      </CrmSection>
      <CrmSection title={t('invoiceDetail.payments')} isEmpty={invoice.invoice.payments.length === 0} empty={t('invoiceDetail.noPayments')}>
        <DataTable
          label={t('invoiceDetail.payments')}
          rows={invoice.invoice.payments}
          rowKey={(payment) => payment.id}
          columns={[
            { header: t('payment.receivedOn'), cell: (payment) => day(payment.receivedOn), rowHeader: true },
            { header: t('payment.method'), cell: (payment) => (payment.method ? t(paymentMethodKeys[payment.method]) : '—') },
            { header: t('payment.reference'), cell: (payment) => payment.reference ?? '—' },
            { header: t('payment.amount'), cell: (payment) => money(payment.amountCents), numeric: true },
          ]}
        />
      </CrmSection>
      <CrmSection
        title={t('file.creditNotes')}
        isEmpty={invoice.creditNotes.length === 0 && !formOpen && !done}
        empty={t('file.noCreditNotes')}
        actions={
          <button
            ref={buttonRef}
            type="button"
            className={formOpen ? 'button button--small' : 'button button--secondary button--small'}
            aria-expanded={formOpen}
            onClick={() => {
              setDone(null);
              setFormOpen(!formOpen);
            }}
          >
            {t('invoiceDetail.newCreditNote')}
          </button>
        }
      >
        {done && (
          <div ref={doneRef} className="crm-actions__done" role="status" tabIndex={-1}>
            <p>{t('done.creditNote', { id: done })}</p>
          </div>
        )}
        {formOpen && (
          <CreditNoteForm
            invoice={invoice}
            onCancel={() => {
              setFormOpen(false);
              setFocus({ to: 'button' });
            }}
            onDone={(id) => {
              setFormOpen(false);
              setDone(id);
              setFocus({ to: 'done' });
              onChanged();
            }}
          />
        )}
        {invoice.creditNotes.length > 0 && (
          <DataTable
            label={t('file.creditNotes')}
            rows={invoice.creditNotes}
            rowKey={(note) => note.number}
            columns={[
              { header: t('creditNote.number'), cell: (note) => note.number, rowHeader: true },
              { header: t('creditNote.date'), cell: (note) => day(note.date) },
              { header: t('creditNote.reason'), cell: (note) => note.reason },
              { header: t('creditNote.total'), cell: (note) => money(note.totals.inclVatCents), numeric: true },
            ]}
          />
        )}
      </CrmSection>
    </div>
  );
}
