import { useCrmI18n } from './useCrmI18n';
import { ProgressIndicator } from '../../ui/ProgressIndicator';
import type { CrmForm } from './useCrmForm';

/** The submit button of a CRM form; while the CRM answers it stays focusable but does nothing. */
export function CrmSubmitButton({ form, label }: { form: CrmForm; label: string }) {
  const { t } = useCrmI18n();
  return (
    <div className="crm-form__submit">
      <button type="submit" className="button" aria-disabled={form.submitting || undefined}>
        {label}
      </button>
      {form.slow && <ProgressIndicator label={t('form.sending')} />}
    </div>
  );
}
