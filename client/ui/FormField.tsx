import { useId, type ReactNode } from 'react';
import './formControls.css';

/** What the control inside a `FormField` must spread: its id and its accessible description. */
export type FormControlProps = {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

type FormFieldProps = {
  label: ReactNode;
  /** Shown under the label and read with the control (an example, a default). */
  hint?: ReactNode;
  /** Shown under the control, announced when it appears, and read with the control. */
  error?: ReactNode;
  /** Renders the control (input, select, textarea) with the props that tie it to its label. */
  children: (control: FormControlProps) => ReactNode;
  className?: string;
};

/** A labelled form control with an optional hint and error, tied together for screen readers. */
export function FormField({ label, hint, error, children, className }: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={['form-field', error ? 'form-field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {children({ id, ...(error ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {error && (
        <p id={errorId} className="form-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
