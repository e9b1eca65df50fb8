import { useId, type ReactNode, type Ref } from 'react';
import './formControls.css';

type CheckboxFieldProps = {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  error?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  disabled?: boolean;
};

/** A native checkbox with its label after it, an optional hint and an error read with it. */
export function CheckboxField({ label, checked, onChange, hint, error, inputRef, disabled }: CheckboxFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'checkbox-field checkbox-field--invalid' : 'checkbox-field'}>
      <div className="checkbox-field__row">
        <input
          ref={inputRef}
          id={id}
          type="checkbox"
          className="checkbox-field__input"
          checked={checked}
          disabled={disabled}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
        <label htmlFor={id} className="checkbox-field__label">
          {label}
        </label>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
