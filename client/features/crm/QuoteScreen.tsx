import type { Quote } from '../../../shared/crm/crmEntities';
import { useCrmI18n } from './useCrmI18n';
import { Link } from '../../app/router/Link';
import { DefinitionList } from '../../ui/DefinitionList';
import { formatDay } from './crmFormat';
import { CrmReadView } from './CrmReadView';
import { CrmSection } from './CrmSection';
import { CrmStatusTag } from './CrmStatusTag';
import { DocumentLinesTable } from './DocumentLinesTable';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useCrmRead } from './useCrmRead';

/** A quote: its lines, totals, validity and the order it became. */
export function QuoteScreen({ quoteNumber }: { quoteNumber: string }) {
  const { t, locale } = useCrmI18n();
  const { hrefFor, today } = useCrm();
  const read = useCrmRead<Quote>(`/quotes/${encodeURIComponent(quoteNumber)}`);
  return (
    <section className="crm-screen" aria-label={t('quoteDetail.title', { id: quoteNumber })}>
      <ScreenHeading>{t('quoteDetail.title', { id: quoteNumber })}</ScreenHeading>
      <CrmReadView read={read}>
        {(quote) => (
          <div className="crm-detail">
            <div className="crm-card">
              <DefinitionList
                items={[
                  { term: t('detail.customer'), value: <Link href={hrefFor({ screen: 'customer', id: quote.customerId })}>{quote.customerId}</Link> },
                  { term: t('quote.date'), value: formatDay(quote.date, locale) },
                  { term: t('quote.validUntil'), value: formatDay(quote.validUntil, locale) },
                  {
                    term: t('quote.status'),
                    // The API gives the quote as stored: its status is read on the call's business day, as the file does.
                    value: <CrmStatusTag kind="quote" value={quote.orderId ? 'accepted' : today > quote.validUntil ? 'expired' : 'sent'} />,
                  },
                  { term: t('detail.order'), value: quote.orderId ? <Link href={hrefFor({ screen: 'order', id: quote.orderId })}>{quote.orderId}</Link> : null },
                ]}
              />
            </div>
            <CrmSection title={t('detail.lines')}>
              <DocumentLinesTable label={t('detail.lines')} lines={quote.lines.map((line) => ({ ...line, amounts: amountsOf(line) }))} totals={quote.totals} />
            </CrmSection>
          </div>
        )}
      </CrmReadView>
    </section>
  );
}

/** A line's amounts when the API gives only the line (quotes): rounded half-up per line, as the CRM does. */
function amountsOf(line: Quote['lines'][number]) {
  const exclVatCents = line.quantity * line.unitPriceExclVatCents;
  const vatCents = line.vatCents ?? Math.round((exclVatCents * line.vatRateBp) / 10_000);
  return { exclVatCents, vatCents, inclVatCents: exclVatCents + vatCents };
}
