import { useId, type ReactNode } from 'react';
import './formControls.css';

export type Choice<V extends string> = { value: V; label: ReactNode };

type ChoiceGroupProps<V extends string> = {
  legend: ReactNode;
  name?: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  error?: ReactNode;
};

/** Native radio buttons in a fieldset: arrow keys move between the choices. */
export function ChoiceGroup<V extends string>({ legend, name, value, choices, onChange, error }: ChoiceGroupProps<V>) {
  const id = useId();
  return (
    <fieldset className={error ? 'choice-group choice-group--invalid' : 'choice-group'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="choice-group__choices">
        {choices.map((choice) => (
          <label key={choice.value} className="choice-group__choice">
            <input
              type="radio"
              name={name ?? id}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="form-field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
