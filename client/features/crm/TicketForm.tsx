import { useState } from 'react';
import { useCrmI18n } from './useCrmI18n';
import { FormField } from '../../ui/FormField';
import { CrmFormShell } from './CrmFormShell';
import { LinkedRecordSelect } from './LinkedRecordSelect';
import type { CrmFormProps } from './OrderForm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

/** Opens an after-sales ticket, tied to an order or an invoice of the customer if it concerns one. */
export function TicketForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  const form = useCrmForm();
  const [subject, setSubject] = useState('');
  const [orderId, setOrderId] = useState(file.openOrders[0]?.id ?? '');
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const subjectField = form.field('subject');

  function submit() {
    if (!subject.trim()) return form.reject({ subject: 'form.required' });
    const body = {
      customerId: file.customer.id,
      subject: subject.trim(),
      ...(orderId ? { orderId } : {}),
      ...(invoiceNumber ? { invoiceNumber } : {}),
    };
    form.submit({ method: 'POST', path: '/tickets', body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell title={t('ticketForm.title')} form={form} submitLabel={t('ticketForm.submit')} onSubmit={submit} onCancel={onCancel}>
      <FormField label={t('ticketForm.subject')} hint={t('ticketForm.subjectHint')} error={message(subjectField.error)}>
        {(control) => (
          <textarea {...control} ref={subjectField.ref} rows={3} value={subject} onChange={(event) => setSubject(event.target.value)} />
        )}
      </FormField>
      <LinkedRecordSelect form={form} kind="order" file={file} value={orderId} onChange={setOrderId} />
      <LinkedRecordSelect form={form} kind="invoice" file={file} value={invoiceNumber} onChange={setInvoiceNumber} />
    </CrmFormShell>
  );
}
