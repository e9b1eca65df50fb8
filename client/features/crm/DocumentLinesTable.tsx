import type { LineAmounts } from '../../../shared/crm/documentTotals';
import type { DocumentLine } from '../../../shared/crm/crmEntities';
import { useCrmI18n } from './useCrmI18n';
import { DataTable } from '../../ui/DataTable';
import { formatMoney, formatRate } from './crmFormat';

type Totals = { exclVatCents: number | null; vatCents: number | null; inclVatCents: number; vatByRate: readonly { vatRateBp: number; vatCents: number }[] };

type DocumentLinesTableProps = {
  label: string;
  lines: readonly (DocumentLine & { amounts?: LineAmounts })[];
  totals: Totals;
};

/** The lines of an order, quote, invoice or credit note, with the totals before VAT, VAT (per rate) and including VAT. */
export function DocumentLinesTable({ label, lines, totals }: DocumentLinesTableProps) {
  const { t, locale } = useCrmI18n();
  const money = (cents: number | null | undefined) => (cents === null || cents === undefined ? '—' : formatMoney(cents, locale));
  const span = 5;
  return (
    <DataTable
      label={label}
      rows={lines}
      rowKey={(_line, index) => index}
      columns={[
        { header: t('line.sku'), cell: (line) => line.sku ?? '—', rowHeader: true },
        { header: t('line.description'), cell: (line) => line.description },
        { header: t('line.quantity'), cell: (line) => line.quantity, numeric: true },
        { header: t('line.unitPrice'), cell: (line) => money(line.unitPriceExclVatCents), numeric: true },
        { header: t('line.vatRate'), cell: (line) => formatRate(line.vatRateBp, locale), numeric: true },
        { header: t('line.totalExcl'), cell: (line) => money(line.amounts?.exclVatCents), numeric: true },
        { header: t('line.totalIncl'), cell: (line) => money(line.amounts?.inclVatCents), numeric: true },
      ]}
      footer={
        <>
          <tr>
            <th scope="row" colSpan={span}>
              {t('totals.exclVat')}
            </th>
            <td className="data-table__numeric">{money(totals.exclVatCents)}</td>
            <td />
          </tr>
          {totals.vatByRate.length > 1 &&
            totals.vatByRate.map((rate) => (
              <tr key={rate.vatRateBp}>
                <th scope="row" colSpan={span}>
                  {t('totals.vatAt', { rate: formatRate(rate.vatRateBp, locale) })}
                </th>
                <td className="data-table__numeric">{money(rate.vatCents)}</td>
                <td />
              </tr>
            ))}
          <tr>
            <th scope="row" colSpan={span}>
              {totals.vatByRate.length === 1 ? t('totals.vatAt', { rate: formatRate(totals.vatByRate[0]!.vatRateBp, locale) }) : t('totals.vat')}
            </th>
            <td className="data-table__numeric">{money(totals.vatCents)}</td>
            <td />
          </tr>
          <tr className="data-table__grand-total">
            <th scope="row" colSpan={span}>
              {t('totals.inclVat')}
            </th>
            <td />
            <td className="data-table__numeric">{money(totals.inclVatCents)}</td>
          </tr>
        </>
      }
    />
  );
}
