import { useState } from 'react';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FormField } from '../../ui/FormField';
import { CrmFormShell } from './CrmFormShell';
import { LinkedRecordSelect } from './LinkedRecordSelect';
import type { CrmFormProps } from './OrderForm';
import { useCrm } from './useCrm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

/** The call note: factual, signed, tied to the order, ticket or invoice the call was about. */
export function CallNoteForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  const crm = useCrm();
  const form = useCrmForm();
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(() => crm.memory.get('agentName'));
  const [direction, setDirection] = useState(crm.direction);
  const [orderId, setOrderId] = useState('');
  const [ticketId, setTicketId] = useState('');
  const [invoiceNumber, setInvoiceNumber] = useState('');
  const textField = form.field('text');
  const authorField = form.field('author');

  function submit() {
    const errors: Record<string, CrmMessageKey> = {};
    if (!text.trim()) errors.text = 'form.required';
    if (!author.trim()) errors.author = 'form.required';
    if (Object.keys(errors).length > 0) return form.reject(errors);
    crm.memory.set('agentName', author.trim());
    const body = {
      customerId: file.customer.id,
      author: author.trim(),
      direction,
      text: text.trim(),
      ...(orderId ? { orderId } : {}),
      ...(ticketId ? { ticketId } : {}),
      ...(invoiceNumber ? { invoiceNumber } : {}),
    };
    form.submit({ method: 'POST', path: '/notes', body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell title={t('noteForm.title')} form={form} submitLabel={t('noteForm.submit')} onSubmit={submit} onCancel={onCancel}>
      <FormField label={t('noteForm.text')} hint={t('noteForm.textHint')} error={message(textField.error)}>
        {(control) => <textarea {...control} ref={textField.ref} rows={5} value={text} onChange={(event) => setText(event.target.value)} />}
      </FormField>
      <div className="crm-form__row">
        <FormField label={t('noteForm.author')} error={message(authorField.error)}>
          {(control) => (
            <input {...control} ref={authorField.ref} type="text" autoComplete="name" value={author} onChange={(event) => setAuthor(event.target.value)} />
          )}
        </FormField>
        <ChoiceGroup
          legend={t('noteForm.direction')}
          value={direction}
          onChange={setDirection}
          choices={[
            { value: 'inbound', label: t('direction.inbound') },
            { value: 'outbound', label: t('direction.outbound') },
          ]}
        />
      </div>
      <div className="crm-form__row">
        <LinkedRecordSelect form={form} kind="order" file={file} value={orderId} onChange={setOrderId} />
        <LinkedRecordSelect form={form} kind="ticket" file={file} value={ticketId} onChange={setTicketId} />
        <LinkedRecordSelect form={form} kind="invoice" file={file} value={invoiceNumber} onChange={setInvoiceNumber} />
      </div>
    </CrmFormShell>
  );
}
