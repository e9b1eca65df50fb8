import { useState } from 'react';
import { CONSENT_CHANNELS, CONSENT_PURPOSES, type ConsentChannel, type ConsentPurpose } from '../../../shared/crm/crmEntities';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FormField } from '../../ui/FormField';
import { formatDay } from './crmFormat';
import { consentChannelKeys, consentPurposeKeys } from './crmLabels';
import { CrmFormShell } from './CrmFormShell';
import type { CrmFormProps } from './OrderForm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

type State = 'given' | 'withdrawn';

/**
 * Records a consent or its withdrawal for one channel and one purpose (a consent is specific):
 * the customer who refuses commercial texts during a call must be recorded at once. The candidate
 * chooses « donné » or « retiré » explicitly, and says how the customer expressed it (the proof).
 */
export function ConsentForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t, locale } = useCrmI18n();
  const message = useFieldMessage();
  const form = useCrmForm();
  const [channel, setChannel] = useState<ConsentChannel>('phone');
  const [purpose, setPurpose] = useState<ConsentPurpose>('canvassing');
  const [state, setState] = useState<State | ''>('');
  const [source, setSource] = useState('');
  const channelField = form.field('channel');
  const purposeField = form.field('purpose');
  const givenField = form.field('given');
  const sourceField = form.field('source');
  const recorded = file.consents.find((consent) => consent.channel === channel && consent.purpose === purpose);

  function submit() {
    const errors: Record<string, CrmMessageKey> = {};
    if (!state) errors.given = 'consentForm.stateRequired';
    if (!source.trim()) errors.source = 'form.required';
    if (Object.keys(errors).length > 0) return form.reject(errors);
    const body = { channel, purpose, given: state === 'given', source: source.trim() };
    form.submit({ method: 'PUT', path: `/customers/${encodeURIComponent(file.customer.id)}/consents`, body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell title={t('consentForm.title')} form={form} submitLabel={t('consentForm.submit')} onSubmit={submit} onCancel={onCancel}>
      <div className="crm-form__row">
        <FormField label={t('consent.channel')} error={message(channelField.error)}>
          {(control) => (
            <select {...control} ref={channelField.ref} value={channel} onChange={(event) => setChannel(event.target.value as ConsentChannel)}>
              {CONSENT_CHANNELS.map((value) => (
                <option key={value} value={value}>
                  {t(consentChannelKeys[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('consent.purpose')} error={message(purposeField.error)}>
          {(control) => (
            <select {...control} ref={purposeField.ref} value={purpose} onChange={(event) => setPurpose(event.target.value as ConsentPurpose)}>
              {CONSENT_PURPOSES.map((value) => (
                <option key={value} value={value}>
                  {t(consentPurposeKeys[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <p className="form-field__hint" aria-live="polite">
        {recorded
          ? t(recorded.given ? 'consentForm.recordedGiven' : 'consentForm.recordedWithdrawn', { date: recorded.date ? formatDay(recorded.date, locale) : '—' })
          : t('consentForm.recordedNone')}
      </p>
      {/* A refusal of 'given' focuses the first radio; the fieldset reads the error with its legend. */}
      <div ref={(element) => givenField.ref(element?.querySelector('input') ?? null)}>
        <ChoiceGroup
          legend={t('consentForm.state')}
          value={state}
          onChange={setState}
          error={message(givenField.error)}
          choices={[
            { value: 'given', label: t('consentForm.given') },
            { value: 'withdrawn', label: t('consentForm.withdrawn') },
          ]}
        />
      </div>
      <FormField label={t('consentForm.source')} hint={t('consentForm.sourceHint')} error={message(sourceField.error)}>
        {(control) => <textarea {...control} ref={sourceField.ref} rows={2} value={source} onChange={(event) => setSource(event.target.value)} />}
      </FormField>
    </CrmFormShell>
  );
}
