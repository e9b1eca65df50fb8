import { useState } from 'react';
import { useCrmI18n } from './useCrmI18n';
import { FormField } from '../../ui/FormField';
import { CrmFormShell } from './CrmFormShell';
import { checkLines, emptyLine, LineItemsEditor, linesPayload, type LineDraft } from './LineItemsEditor';
import type { CrmFormProps } from './OrderForm';
import { useCrm } from './useCrm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

/** A new quote: lines at the catalogue's price (or another price before VAT), valid until a date. */
export function QuoteForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  const { memory } = useCrm();
  const form = useCrmForm();
  const [lines, setLines] = useState<LineDraft[]>(() => [emptyLine()]);
  const [validUntil, setValidUntil] = useState('');
  const validField = form.field('validUntil');
  const suggestions = (memory.get('stockItems')?.items ?? []).map((item) => ({ sku: item.sku, name: item.product?.name ?? item.sku }));

  function submit() {
    const errors = checkLines(lines, true);
    if (Object.keys(errors).length > 0) return form.reject(errors);
    const body = { customerId: file.customer.id, lines: linesPayload(lines, true), ...(validUntil ? { validUntil } : {}) };
    form.submit({ method: 'POST', path: '/quotes', body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell title={t('quoteForm.title')} form={form} submitLabel={t('quoteForm.submit')} onSubmit={submit} onCancel={onCancel}>
      <LineItemsEditor form={form} lines={lines} onChange={setLines} withPrice suggestions={suggestions} />
      <FormField label={t('quoteForm.validUntil')} hint={t('quoteForm.validUntilHint')} error={message(validField.error)}>
        {(control) => <input {...control} ref={validField.ref} type="date" value={validUntil} onChange={(event) => setValidUntil(event.target.value)} />}
      </FormField>
    </CrmFormShell>
  );
}
