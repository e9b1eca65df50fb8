import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useCrmI18n } from './useCrmI18n';
import { CrmFormProblem } from './CrmFormProblem';
import { CrmSubmitButton } from './CrmSubmitButton';
import type { CrmForm } from './useCrmForm';

type CrmFormShellProps = {
  title: string;
  form: CrmForm;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  intro?: ReactNode;
  children: ReactNode;
};

/** The frame of every CRM form: its name, a close button, the refusal at the top, the submit button. */
export function CrmFormShell({ title, form, submitLabel, onSubmit, onCancel, intro, children }: CrmFormShellProps) {
  const { t } = useCrmI18n();
  const titleId = useId();
  const fieldsRef = useRef<HTMLDivElement>(null);

  // A form opens ready to type in: its first control takes the focus.
  useEffect(() => {
    fieldsRef.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  }, []);

  return (
    <form
      className="crm-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.submitting) onSubmit();
      }}
    >
      <div className="crm-form__head">
        <h3 id={titleId} className="crm-form__title">
          {title}
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t('actions.close')}
        </button>
      </div>
      {intro}
      <CrmFormProblem problem={form.problem} problemRef={form.problemRef} onRetry={form.retry} />
      <div ref={fieldsRef} className="crm-form__fields">
        {children}
      </div>
      <CrmSubmitButton form={form} label={submitLabel} />
    </form>
  );
}
