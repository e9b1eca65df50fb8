import { useId, useRef, useState } from 'react';
import type { StockLookup } from '../../../shared/crm/stockLookup';
import { useCrmI18n } from './useCrmI18n';
import { DataTable } from '../../ui/DataTable';
import { FormField } from '../../ui/FormField';
import { ProgressIndicator } from '../../ui/ProgressIndicator';
import type { CrmFailure } from './crmClient';
import { formatDay, formatMoney } from './crmFormat';
import { CrmProblem } from './CrmProblem';
import { CrmSection } from './CrmSection';
import { ScreenHeading } from './ScreenHeading';
import { useCrm } from './useCrm';
import { useDelayedFlag } from './useDelayedFlag';

/**
 * Stock lookup by SKU or by words of the product name: per warehouse, on hand, reserved, available
 * and incoming deliveries with their dates; then the substitutes. Asked on demand only: each
 * lookup tells the scenario which products the candidate checked.
 */
export function StockScreen() {
  const { t, plural } = useCrmI18n();
  const { client, memory } = useCrm();
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(() => memory.get('stockQuery'));
  const [results, setResults] = useState(() => memory.get('stockItems'));
  const [looking, setLooking] = useState<string | null>(null);
  const [failure, setFailure] = useState<CrmFailure | null>(null);
  const [tooShort, setTooShort] = useState(false);
  const slow = useDelayedFlag(looking !== null);

  function lookUp() {
    const text = query.trim();
    if (text.length < 2) {
      setTooShort(true);
      inputRef.current?.focus();
      return;
    }
    setTooShort(false);
    setFailure(null);
    setLooking(text);
    void client.read<{ items: StockLookup[] }>('/stock', { q: text }).then((result) => {
      setLooking(null);
      if (!result.ok) {
        setFailure(result.failure);
        return;
      }
      const found = { query: text, items: Array.isArray(result.data.items) ? result.data.items : [] };
      memory.set('stockItems', found);
      setResults(found);
    });
  }

  let status = '';
  if (looking !== null) status = slow ? t('stock.looking') : '';
  else if (results) status = results.items.length === 0 ? t('stock.noResult', { q: results.query }) : plural('stock.results', results.items.length, { q: results.query });

  return (
    <section className="crm-screen" aria-labelledby={titleId}>
      <ScreenHeading id={titleId}>{t('stock.title')}</ScreenHeading>
      <form
        className="stock-search"
        role="search"
        aria-label={t('stock.title')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (looking === null) lookUp();
        }}
      >
        <FormField label={t('stock.label')} hint={t('stock.hint')} error={tooShort ? t('stock.tooShort') : undefined}>
          {(control) => (
            <input
              {...control}
              ref={inputRef}
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                memory.set('stockQuery', event.target.value);
              }}
            />
          )}
        </FormField>
        <button type="submit" className="button" aria-disabled={looking !== null || undefined}>
          {t('stock.submit')}
        </button>
      </form>
      <p className="search__status" role="status">
        {slow ? <ProgressIndicator label={status} /> : status}
      </p>
      {failure && <CrmProblem failure={failure} onRetry={lookUp} />}
      {results && results.items.map((item) => <StockItem key={item.sku} item={item} />)}
    </section>
  );
}

function StockItem({ item }: { item: StockLookup }) {
  const { t, locale, plural } = useCrmI18n();
  const day = (date: string) => formatDay(date, locale);
  const incoming = (deliveries: readonly { quantity: number; date: string }[]) =>
    deliveries.length === 0 ? t('stock.noIncoming') : deliveries.map((delivery) => t('stock.incomingItem', { quantity: delivery.quantity, date: day(delivery.date) })).join(', ');
  const product = item.product;
  const incl = product ? product.unitPriceExclVatCents + Math.round((product.unitPriceExclVatCents * product.vatRateBp) / 10_000) : null;
  return (
    <article className="crm-card stock-item" aria-labelledby={`stock-${item.sku}`}>
      <h3 id={`stock-${item.sku}`} className="stock-item__title">
        <span className="stock-item__sku">{item.sku}</span> {product?.name ?? t('stock.unknownProduct')}
      </h3>
      {product && incl !== null && (
        <p className="crm-note">
          {t('stock.price', { excl: formatMoney(product.unitPriceExclVatCents, locale), incl: formatMoney(incl, locale), unit: product.unit ?? t('stock.unit') })}
        </p>
      )}
      {!item.stocked ? (
        <p className="crm-section__empty">{t('stock.notStocked')}</p>
      ) : (
        <DataTable
          label={t('stock.byWarehouse', { sku: item.sku })}
          rows={item.warehouses}
          rowKey={(warehouse) => warehouse.warehouse}
          columns={[
            { header: t('stock.warehouse'), cell: (warehouse) => warehouse.warehouse, rowHeader: true },
            { header: t('stock.onHand'), cell: (warehouse) => warehouse.onHand, numeric: true },
            { header: t('stock.reserved'), cell: (warehouse) => warehouse.reserved, numeric: true },
            { header: t('stock.available'), cell: (warehouse) => <strong>{warehouse.available}</strong>, numeric: true },
            { header: t('stock.incoming'), cell: (warehouse) => incoming(warehouse.incoming) },
            { header: t('stock.backordered'), cell: (warehouse) => warehouse.backordered, numeric: true },
          ]}
          footer={
            item.warehouses.length > 1 ? (
              <tr>
                <th scope="row">{t('stock.total')}</th>
                <td className="data-table__numeric">{item.totals.onHand}</td>
                <td className="data-table__numeric">{item.totals.reserved}</td>
                <td className="data-table__numeric">{item.totals.available}</td>
                <td />
                <td />
              </tr>
            ) : undefined
          }
        />
      )}
      {item.stocked && (
        <p className="crm-note">
          {item.nextIncoming
            ? t('stock.nextIncoming', { quantity: item.nextIncoming.quantity, date: day(item.nextIncoming.date), warehouse: item.nextIncoming.warehouse })
            : t('stock.noNextIncoming')}
        </p>
      )}
      <CrmSection title={t('stock.substitutes')} isEmpty={item.substitutes.length === 0} empty={t('stock.noSubstitutes')}>
        <ul className="stock-item__substitutes">
          {item.substitutes.map((substitute) => (
            <li key={substitute.sku}>
              <span className="stock-item__sku">{substitute.sku}</span> {substitute.name} — {plural('stock.availableCount', substitute.available)}
            </li>
          ))}
        </ul>
      </CrmSection>
    </article>
  );
}
