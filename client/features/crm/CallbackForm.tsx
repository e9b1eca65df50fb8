import { useState } from 'react';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { FormField } from '../../ui/FormField';
import { addOneDay } from './addOneDay';
import { CrmFormShell } from './CrmFormShell';
import { localInstant } from './localInstant';
import type { CrmFormProps } from './OrderForm';
import { useCrm } from './useCrm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

/** Schedules a callback: a date and a time (the browser's time zone), what it is about, who calls. */
export function CallbackForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  const { memory, today } = useCrm();
  const form = useCrmForm();
  const [date, setDate] = useState(() => addOneDay(today));
  const [time, setTime] = useState('10:00');
  const [about, setAbout] = useState('');
  const [assignee, setAssignee] = useState(() => memory.get('agentName'));
  const [phone, setPhone] = useState('');
  const dateField = form.field('dueAt');
  const timeField = form.field('dueAt.time');
  const aboutField = form.field('about');
  const assigneeField = form.field('assignee');
  const phoneField = form.field('phone');

  function submit() {
    const errors: Record<string, CrmMessageKey> = {};
    const dueAt = localInstant(date, time);
    if (!date) errors.dueAt = 'form.required';
    else if (!dueAt) errors['dueAt.time'] = 'form.invalidTime';
    if (!about.trim()) errors.about = 'form.required';
    if (!assignee.trim()) errors.assignee = 'form.required';
    if (Object.keys(errors).length > 0 || !dueAt) return form.reject(errors);
    memory.set('agentName', assignee.trim());
    const body = {
      customerId: file.customer.id,
      dueAt,
      about: about.trim(),
      assignee: assignee.trim(),
      ...(phone.trim() ? { phone: phone.trim() } : {}),
    };
    form.submit({ method: 'POST', path: '/callbacks', body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell title={t('callbackForm.title')} form={form} submitLabel={t('callbackForm.submit')} onSubmit={submit} onCancel={onCancel}>
      <div className="crm-form__row">
        <FormField label={t('callbackForm.date')} error={message(dateField.error)}>
          {(control) => <input {...control} ref={dateField.ref} type="date" value={date} onChange={(event) => setDate(event.target.value)} />}
        </FormField>
        <FormField label={t('callbackForm.time')} error={message(timeField.error)}>
          {(control) => <input {...control} ref={timeField.ref} type="time" value={time} onChange={(event) => setTime(event.target.value)} />}
        </FormField>
      </div>
      <FormField label={t('callbackForm.about')} error={message(aboutField.error)}>
        {(control) => <input {...control} ref={aboutField.ref} type="text" value={about} onChange={(event) => setAbout(event.target.value)} />}
      </FormField>
      <FormField label={t('callbackForm.assignee')} error={message(assigneeField.error)}>
        {(control) => (
          <input {...control} ref={assigneeField.ref} type="text" autoComplete="name" value={assignee} onChange={(event) => setAssignee(event.target.value)} />
        )}
      </FormField>
      <FormField label={t('callbackForm.phone')} hint={t('callbackForm.phoneHint', { phone: file.customer.phone?.display ?? '—' })} error={message(phoneField.error)}>
        {(control) => <input {...control} ref={phoneField.ref} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} />}
      </FormField>
    </CrmFormShell>
  );
}
