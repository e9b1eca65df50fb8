import { useState } from 'react';
import type { CustomerFile } from '../../../shared/crm/customerFile';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { CheckboxField } from '../../ui/CheckboxField';
import { FormField } from '../../ui/FormField';
import { formatDay, formatMoney } from './crmFormat';
import { CrmFormShell } from './CrmFormShell';
import { checkLines, emptyLine, LineItemsEditor, linesPayload, type LineDraft } from './LineItemsEditor';
import { useCrm } from './useCrm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

export type CrmFormProps = {
  file: CustomerFile;
  /** The CRM accepted: the number or id it made. */
  onDone: (id: string) => void;
  onCancel: () => void;
};

/**
 * A new order, from lines or from a quote still valid. Beyond the available stock the CRM refuses,
 * unless the customer accepts a backorder dated when an incoming delivery covers the shortfall.
 */
export function OrderForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t, locale } = useCrmI18n();
  const message = useFieldMessage();
  const { memory } = useCrm();
  const form = useCrmForm();
  const [lines, setLines] = useState<LineDraft[]>(() => [emptyLine(onlySku(memory.get('stockItems')?.items))]);
  const [quoteNumber, setQuoteNumber] = useState('');
  const [backorderDate, setBackorderDate] = useState('');
  const [accepted, setAccepted] = useState(false);
  const quotes = file.quotes.filter((quote) => quote.status === 'sent');
  const quoteField = form.field('quoteNumber');
  const dateField = form.field('backorder.date');
  const acceptedField = form.field('backorder.acceptedByCustomer');
  const suggestions = (memory.get('stockItems')?.items ?? []).map((item) => ({ sku: item.sku, name: item.product?.name ?? item.sku }));

  function submit() {
    const errors: Record<string, CrmMessageKey> = quoteNumber ? {} : checkLines(lines);
    if (Object.keys(errors).length > 0) return form.reject(errors);
    const body = {
      customerId: file.customer.id,
      ...(quoteNumber ? { quoteNumber } : { lines: linesPayload(lines) }),
      ...(backorderDate ? { backorder: { date: backorderDate, acceptedByCustomer: accepted } } : {}),
    };
    form.submit({ method: 'POST', path: '/orders', body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell title={t('orderForm.title')} form={form} submitLabel={t('orderForm.submit')} onSubmit={submit} onCancel={onCancel}>
      {quotes.length > 0 && (
        <FormField label={t('orderForm.fromQuote')} hint={t('orderForm.fromQuoteHint')} error={message(quoteField.error)}>
          {(control) => (
            <select {...control} ref={quoteField.ref} value={quoteNumber} onChange={(event) => setQuoteNumber(event.target.value)}>
              <option value="">{t('orderForm.noQuote')}</option>
              {quotes.map((quote) => (
                <option key={quote.number} value={quote.number}>
                  {t('orderForm.quoteOption', { number: quote.number, amount: formatMoney(quote.inclVatCents, locale), date: formatDay(quote.validUntil, locale) })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {!quoteNumber && <LineItemsEditor form={form} lines={lines} onChange={setLines} suggestions={suggestions} />}
      <fieldset className="crm-form__group">
        <legend className="field__label">{t('orderForm.backorder')}</legend>
        <p className="form-field__hint">{t('orderForm.backorderHint')}</p>
        <FormField label={t('orderForm.backorderDate')} error={message(dateField.error)}>
          {(control) => <input {...control} ref={dateField.ref} type="date" value={backorderDate} onChange={(event) => setBackorderDate(event.target.value)} />}
        </FormField>
        <CheckboxField
          label={t('orderForm.backorderAccepted')}
          checked={accepted}
          onChange={setAccepted}
          inputRef={acceptedField.ref}
          error={message(acceptedField.error)}
        />
      </fieldset>
    </CrmFormShell>
  );
}

/** The SKU to start with: the one product of the last stock lookup, if there was exactly one. */
function onlySku(items: readonly { sku: string }[] | undefined): string {
  return items?.length === 1 ? items[0]!.sku : '';
}
