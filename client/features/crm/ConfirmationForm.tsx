import { useId, useState } from 'react';
import type { ConfirmationChannel, ConfirmationMentions } from '../../../shared/crm/crmEntities';
import { useCrmI18n } from './useCrmI18n';
import { CheckboxField } from '../../ui/CheckboxField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FormField } from '../../ui/FormField';
import { formatLongDay, formatMoney } from './crmFormat';
import { confirmationChannelKeys, mentionKeys, mentionOrder } from './crmLabels';
import { CrmFormShell } from './CrmFormShell';
import type { CrmFormProps } from './OrderForm';
import { useCrm } from './useCrm';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

type Offer = { kind: 'quote' | 'order'; number: string; inclVatCents: number };

const noMentions: ConfirmationMentions = { precontractInformation: false, priceInclVat: false, withdrawalRight: false, withdrawalForm: false };

/**
 * The written confirmation of an offer made by phone (Code de la consommation, L221-16): the
 * candidate previews the message and ticks each mandatory mention it carries, then sends it. The
 * CRM refuses a confirmation that lacks one, and says which.
 */
export function ConfirmationForm({ file, onDone, onCancel }: CrmFormProps) {
  const { t, locale } = useCrmI18n();
  const message = useFieldMessage();
  const { today } = useCrm();
  const form = useCrmForm();
  const previewId = useId();
  const offers: Offer[] = [
    ...file.quotes.filter((quote) => quote.status !== 'expired').map((quote) => ({ kind: 'quote' as const, number: quote.number, inclVatCents: quote.inclVatCents })),
    ...[...file.openOrders, ...file.pastOrders].map((order) => ({ kind: 'order' as const, number: order.id, inclVatCents: order.inclVatCents })),
  ];
  const [offerKey, setOfferKey] = useState(offers[0] ? `${offers[0].kind}:${offers[0].number}` : '');
  const [channel, setChannel] = useState<ConfirmationChannel>(file.customer.email ? 'email' : 'post');
  const [to, setTo] = useState(() => (file.customer.email ?? file.customer.address ?? ''));
  const [mentions, setMentions] = useState<ConfirmationMentions>(noMentions);
  const offer = offers.find((candidate) => `${candidate.kind}:${candidate.number}` === offerKey) ?? null;
  const offerField = form.field(offer?.kind === 'order' ? 'orderId' : 'quoteNumber');
  const toField = form.field('to');
  const { ref: mentionsRef, error: mentionsError } = form.field('mentions');

  function changeChannel(next: ConfirmationChannel) {
    setChannel(next);
    setTo((next === 'email' ? file.customer.email : file.customer.address) ?? '');
  }

  function submit() {
    if (!to.trim()) return form.reject({ to: 'form.required' });
    const body = {
      customerId: file.customer.id,
      ...(offer ? (offer.kind === 'quote' ? { quoteNumber: offer.number } : { orderId: offer.number }) : {}),
      channel,
      to: to.trim(),
      mentions,
    };
    form.submit({ method: 'POST', path: '/confirmations', body }, (result) => onDone(result.id));
  }

  const price = offer ? formatMoney(offer.inclVatCents, locale) : '—';
  return (
    <CrmFormShell
      title={t('confirmationForm.title')}
      form={form}
      submitLabel={t('confirmationForm.submit')}
      onSubmit={submit}
      onCancel={onCancel}
      intro={<p className="crm-form__intro">{t('confirmationForm.intro')}</p>}
    >
      <FormField label={t('confirmationForm.offer')} error={message(offerField.error)} hint={offers.length === 0 ? t('confirmationForm.noOffer') : undefined}>
        {(control) => (
          <select {...control} ref={offerField.ref} value={offerKey} onChange={(event) => setOfferKey(event.target.value)}>
            {offers.length === 0 && <option value="">{t('form.noLink')}</option>}
            {offers.map((candidate) => (
              <option key={`${candidate.kind}:${candidate.number}`} value={`${candidate.kind}:${candidate.number}`}>
                {t(candidate.kind === 'quote' ? 'confirmationForm.offerQuote' : 'confirmationForm.offerOrder', {
                  number: candidate.number,
                  amount: formatMoney(candidate.inclVatCents, locale),
                })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="crm-form__row">
        <ChoiceGroup
          legend={t('confirmationForm.channel')}
          value={channel}
          onChange={changeChannel}
          choices={(['email', 'post'] as const).map((value) => ({ value, label: t(confirmationChannelKeys[value]) }))}
        />
        <FormField label={t(channel === 'email' ? 'confirmationForm.toEmail' : 'confirmationForm.toPost')} error={message(toField.error)}>
          {(control) => (
            <input {...control} ref={toField.ref} type={channel === 'email' ? 'email' : 'text'} value={to} onChange={(event) => setTo(event.target.value)} />
          )}
        </FormField>
      </div>
      <fieldset ref={mentionsRef} tabIndex={-1} className="crm-form__group" aria-describedby={previewId}>
        <legend className="field__label">{t('confirmationForm.mentions')}</legend>
        <p className="form-field__hint">{t('confirmationForm.mentionsHint')}</p>
        {mentionsError && (
          <p className="form-field__error" role="alert">
            {message(mentionsError)}
          </p>
        )}
        {mentionOrder.map((key) => (
          <MentionCheckbox
            key={key}
            form={form}
            mention={key}
            checked={mentions[key]}
            onChange={(checked) => setMentions((before) => ({ ...before, [key]: checked }))}
          />
        ))}
      </fieldset>
      <section className="confirmation-preview" aria-labelledby={`${previewId}-title`}>
        <h4 id={`${previewId}-title`} className="confirmation-preview__title">
          {t('confirmationForm.preview')}
        </h4>
        <div id={previewId} className="confirmation-preview__message">
          <p className="confirmation-preview__meta">
            {t('preview.to', { to: to.trim() || '—', channel: t(confirmationChannelKeys[channel]) })}
          </p>
          <p className="confirmation-preview__meta">
            {offer ? t(offer.kind === 'quote' ? 'preview.subjectQuote' : 'preview.subjectOrder', { number: offer.number }) : t('preview.subjectNone')}
          </p>
          <p>{t('preview.greeting', { name: file.customer.name })}</p>
          <p>{t('preview.body', { date: formatLongDay(today, locale) })}</p>
          {mentionOrder.map((key) =>
            mentions[key] ? (
              <p key={key}>{t(mentionKeys[key].preview, { amount: price })}</p>
            ) : (
              <p key={key} className="confirmation-preview__missing">
                {t('preview.missing', { mention: t(mentionKeys[key].label) })}
              </p>
            ),
          )}
          <p>{t('preview.closing')}</p>
        </div>
      </section>
    </CrmFormShell>
  );
}

function MentionCheckbox({
  form,
  mention,
  checked,
  onChange,
}: {
  form: ReturnType<typeof useCrmForm>;
  mention: keyof ConfirmationMentions;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  const field = form.field(`mentions.${mention}`);
  return <CheckboxField label={t(mentionKeys[mention].label)} checked={checked} onChange={onChange} inputRef={field.ref} error={message(field.error)} />;
}
