import { useState } from 'react';
import type { InvoiceDetail } from '../../../shared/crm/invoiceDetail';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { CheckboxField } from '../../ui/CheckboxField';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { FormField } from '../../ui/FormField';
import { formatMoney, formatRate } from './crmFormat';
import { CrmFormShell } from './CrmFormShell';
import { parseEurosInput } from './parseEurosInput';
import { useCrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

type CreditNoteFormProps = {
  invoice: InvoiceDetail;
  onDone: (id: string) => void;
  onCancel: () => void;
};

/** The French VAT rates, in basis points. */
const VAT_RATES = [2000, 1000, 550, 210, 0] as const;

type LineChoice = { chosen: boolean; quantity: string };

/**
 * A credit note on an invoice: an amount including VAT at one rate, or some of the invoice's lines
 * (and how many of each). The CRM refuses more than what is still creditable.
 */
export function CreditNoteForm({ invoice, onDone, onCancel }: CreditNoteFormProps) {
  const { t, locale } = useCrmI18n();
  const message = useFieldMessage();
  const form = useCrmForm();
  const [mode, setMode] = useState<'amount' | 'lines'>(invoice.linesKnown ? 'lines' : 'amount');
  const [amount, setAmount] = useState('');
  const [vatRateBp, setVatRateBp] = useState(String(invoice.invoice.totals.vatByRate[0]?.vatRateBp ?? 2000));
  const [reason, setReason] = useState('');
  const [choices, setChoices] = useState<LineChoice[]>(() => invoice.lines.map((line) => ({ chosen: false, quantity: String(line.quantity) })));
  const amountField = form.field('amount.inclVatCents');
  const rateField = form.field('amount.vatRateBp');
  const reasonField = form.field('reason');
  const { ref: linesRef, error: linesError } = form.field('lines');
  // Lines go to the CRM in the order they are ticked: a refusal at 'lines.1' is the second ticked line.
  const chosenIndexes = choices.flatMap((choice, index) => (choice.chosen ? [index] : []));

  function submit() {
    const errors: Record<string, CrmMessageKey> = {};
    if (!reason.trim()) errors.reason = 'form.required';
    const cents = parseEurosInput(amount);
    if (mode === 'amount' && (cents === null || cents === 0)) errors['amount.inclVatCents'] = 'form.invalidAmount';
    if (mode === 'lines') {
      if (chosenIndexes.length === 0) errors.lines = 'creditNoteForm.noLine';
      chosenIndexes.forEach((lineIndex, payloadIndex) => {
        const quantity = Number(choices[lineIndex]!.quantity);
        if (!Number.isInteger(quantity) || quantity < 1) errors[`lines.${payloadIndex}.quantity`] = 'form.invalidQuantity';
      });
    }
    if (Object.keys(errors).length > 0) return form.reject(errors);
    const body = {
      invoiceNumber: invoice.number,
      reason: reason.trim(),
      ...(mode === 'amount'
        ? { amount: { inclVatCents: cents!, vatRateBp: Number(vatRateBp) } }
        : {
            lines: chosenIndexes.map((lineIndex) => {
              const line = invoice.lines[lineIndex]!;
              return {
                ...(line.sku ? { sku: line.sku } : {}),
                description: line.description,
                quantity: Number(choices[lineIndex]!.quantity),
                unitPriceExclVatCents: line.unitPriceExclVatCents,
                vatRateBp: line.vatRateBp,
              };
            }),
          }),
    };
    form.submit({ method: 'POST', path: '/credit-notes', body }, (result) => onDone(result.id));
  }

  return (
    <CrmFormShell
      title={t('creditNoteForm.title', { number: invoice.number })}
      form={form}
      submitLabel={t('creditNoteForm.submit')}
      onSubmit={submit}
      onCancel={onCancel}
      intro={<p className="crm-form__intro">{t('creditNoteForm.creditable', { amount: formatMoney(invoice.amounts.creditableCents, locale) })}</p>}
    >
      {invoice.linesKnown ? (
        <ChoiceGroup
          legend={t('creditNoteForm.mode')}
          value={mode}
          onChange={setMode}
          choices={[
            { value: 'lines', label: t('creditNoteForm.byLines') },
            { value: 'amount', label: t('creditNoteForm.byAmount') },
          ]}
        />
      ) : (
        <p className="form-field__hint">{t('creditNoteForm.linesUnknown')}</p>
      )}
      {mode === 'amount' ? (
        <div className="crm-form__row">
          <FormField label={t('creditNoteForm.amount')} hint={t('creditNoteForm.amountHint')} error={message(amountField.error)}>
            {(control) => (
              <input {...control} ref={amountField.ref} type="text" inputMode="decimal" autoComplete="off" value={amount} onChange={(event) => setAmount(event.target.value)} />
            )}
          </FormField>
          <FormField label={t('creditNoteForm.vatRate')} error={message(rateField.error)}>
            {(control) => (
              <select {...control} ref={rateField.ref} value={vatRateBp} onChange={(event) => setVatRateBp(event.target.value)}>
                {VAT_RATES.map((rate) => (
                  <option key={rate} value={rate}>
                    {formatRate(rate, locale)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      ) : (
        <fieldset ref={linesRef} tabIndex={-1} className="crm-form__group">
          <legend className="field__label">{t('creditNoteForm.lines')}</legend>
          {linesError && (
            <p className="form-field__error" role="alert">
              {message(linesError)}
            </p>
          )}
          <ul className="credit-lines">
            {invoice.lines.map((line, index) => {
              const payloadIndex = chosenIndexes.indexOf(index);
              return (
                <CreditLine
                  key={index}
                  form={form}
                  label={`${line.description} — ${formatMoney(line.amounts.inclVatCents, locale)}`}
                  choice={choices[index]!}
                  payloadIndex={payloadIndex}
                  max={line.quantity}
                  onChange={(choice) => setChoices((before) => before.map((other, at) => (at === index ? choice : other)))}
                />
              );
            })}
          </ul>
        </fieldset>
      )}
      <FormField label={t('creditNoteForm.reason')} error={message(reasonField.error)}>
        {(control) => <input {...control} ref={reasonField.ref} type="text" value={reason} onChange={(event) => setReason(event.target.value)} />}
      </FormField>
    </CrmFormShell>
  );
}

function CreditLine({
  form,
  label,
  choice,
  payloadIndex,
  max,
  onChange,
}: {
  form: ReturnType<typeof useCrmForm>;
  label: string;
  choice: LineChoice;
  payloadIndex: number;
  max: number;
  onChange: (choice: LineChoice) => void;
}) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  // Only a ticked line is in the payload, under its rank among the ticked ones.
  const quantity = form.field(payloadIndex >= 0 ? `lines.${payloadIndex}.quantity` : `unsent.${label}`);
  return (
    <li className="credit-lines__line">
      <CheckboxField label={label} checked={choice.chosen} onChange={(chosen) => onChange({ ...choice, chosen })} />
      {choice.chosen && (
        <FormField label={t('creditNoteForm.quantity', { max })} error={message(quantity.error)}>
          {(control) => (
            <input
              {...control}
              ref={quantity.ref}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={choice.quantity}
              onChange={(event) => onChange({ ...choice, quantity: event.target.value })}
            />
          )}
        </FormField>
      )}
    </li>
  );
}
