import { useId } from 'react';
import type { CrmMessageKey } from './crmMessagesFr';
import { useCrmI18n } from './useCrmI18n';
import { FormField } from '../../ui/FormField';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { parseEurosInput } from './parseEurosInput';
import type { CrmForm } from './useCrmForm';
import { useFieldMessage } from './useFieldMessage';

export type LineDraft = { key: number; sku: string; quantity: string; unitPrice: string };

let nextKey = 1;
export function emptyLine(sku = ''): LineDraft {
  nextKey += 1;
  return { key: nextKey, sku, quantity: '1', unitPrice: '' };
}

type LineItemsEditorProps = {
  form: CrmForm;
  lines: readonly LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  /** Offer a unit price before VAT that replaces the catalogue's (quotes). */
  withPrice?: boolean;
  /** SKUs to suggest (those of the last stock lookup). */
  suggestions?: readonly { sku: string; name: string }[];
};

/** The lines of a quote or an order: SKU and quantity (and price), one row each, added and removed freely. */
export function LineItemsEditor({ form, lines, onChange, withPrice = false, suggestions = [] }: LineItemsEditorProps) {
  const { t } = useCrmI18n();
  const message = useFieldMessage();
  const legendId = useId();
  const listId = useId();
  const { ref: groupRef, error: groupError } = form.field('lines');
  const update = (key: number, change: Partial<LineDraft>) => onChange(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));

  return (
    <fieldset ref={groupRef} tabIndex={-1} className="line-items" aria-labelledby={legendId}>
      <legend id={legendId} className="field__label">
        {t('lines.legend')}
      </legend>
      {groupError && (
        <p className="form-field__error" role="alert">
          {message(groupError)}
        </p>
      )}
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((item) => (
            <option key={item.sku} value={item.sku}>
              {item.name}
            </option>
          ))}
        </datalist>
      )}
      <ol className="line-items__rows">
        {lines.map((line, index) => {
          const sku = form.field(`lines.${index}.sku`);
          const quantity = form.field(`lines.${index}.quantity`);
          const price = form.field(`lines.${index}.unitPriceExclVatCents`);
          const row = <VisuallyHidden>{t('lines.ofLine', { n: index + 1 })}</VisuallyHidden>;
          return (
            <li key={line.key} className={withPrice ? 'line-items__row line-items__row--priced' : 'line-items__row'}>
              <FormField label={<>{t('lines.sku')}{row}</>} error={message(sku.error)}>
                {(control) => (
                  <input
                    {...control}
                    ref={sku.ref}
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    list={suggestions.length > 0 ? listId : undefined}
                    value={line.sku}
                    onChange={(event) => update(line.key, { sku: event.target.value })}
                  />
                )}
              </FormField>
              <FormField label={<>{t('lines.quantity')}{row}</>} error={message(quantity.error)}>
                {(control) => (
                  <input
                    {...control}
                    ref={quantity.ref}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    value={line.quantity}
                    onChange={(event) => update(line.key, { quantity: event.target.value })}
                  />
                )}
              </FormField>
              {withPrice && (
                <FormField label={<>{t('lines.unitPrice')}{row}</>} hint={t('lines.unitPriceHint')} error={message(price.error)}>
                  {(control) => (
                    <input
                      {...control}
                      ref={price.ref}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      value={line.unitPrice}
                      onChange={(event) => update(line.key, { unitPrice: event.target.value })}
                    />
                  )}
                </FormField>
              )}
              {lines.length > 1 && (
                <button
                  type="button"
                  className="button button--secondary button--small line-items__remove"
                  onClick={() => onChange(lines.filter((other) => other.key !== line.key))}
                >
                  {t('lines.remove')}
                  {row}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--secondary button--small" onClick={() => onChange([...lines, emptyLine()])}>
        {t('lines.add')}
      </button>
    </fieldset>
  );
}

/** Our own checks of the lines (what the CRM cannot read at all); the CRM checks the rest. */
export function checkLines(lines: readonly LineDraft[], withPrice = false): Record<string, CrmMessageKey> {
  const errors: Record<string, CrmMessageKey> = {};
  lines.forEach((line, index) => {
    if (!line.sku.trim()) errors[`lines.${index}.sku`] = 'form.required';
    if (!/^\s*\d+\s*$/.test(line.quantity) || Number(line.quantity) < 1) errors[`lines.${index}.quantity`] = 'form.invalidQuantity';
    if (withPrice && line.unitPrice.trim() && parseEurosInput(line.unitPrice) === null) errors[`lines.${index}.unitPriceExclVatCents`] = 'form.invalidAmount';
  });
  return errors;
}

/** The lines as the CRM's payload wants them. */
export function linesPayload(lines: readonly LineDraft[], withPrice = false) {
  return lines.map((line) => {
    const price = withPrice && line.unitPrice.trim() ? parseEurosInput(line.unitPrice) : null;
    return { sku: line.sku.trim(), quantity: Number(line.quantity), ...(price !== null ? { unitPriceExclVatCents: price } : {}) };
  });
}
