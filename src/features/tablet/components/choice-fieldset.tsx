import { useId, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** `lang`/`dir` of the label when it is in another language (a language's own name). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

interface Props<T extends string> {
  legend: ReactNode;
  name: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
  /** Shown under the legend and announced with the group when set. */
  error?: string | null;
  hint?: ReactNode;
}

/** A group of radio buttons with a legend, optional hints and an error tied to the group. */
export function ChoiceFieldset<T extends string>({ legend, name, choices, value, onChange, error, hint }: Props<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="choice-fieldset" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {choices.map((choice) => {
        const choiceHintId = `${id}-${choice.value}-hint`;
        return (
          <div key={choice.value} className="choice">
            <input
              type="radio"
              id={`${id}-${choice.value}`}
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-describedby={choice.hint ? choiceHintId : undefined}
            />
            <label htmlFor={`${id}-${choice.value}`} className="choice-label" lang={choice.lang} dir={choice.dir}>
              {choice.label}
            </label>
            {choice.hint && (
              <p id={choiceHintId} className="choice-hint">
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
