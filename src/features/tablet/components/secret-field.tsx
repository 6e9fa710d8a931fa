import type { Ref } from 'react';
import { PIN_MAX_LENGTH } from '../pin.ts';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** A PIN (digits, trimmed as typed) or the intervenor's passphrase (kept as typed). */
  secret?: 'pin' | 'passphrase';
  hint?: string | null;
  error?: string | null;
  /**
   * The outcome of the last attempt, under the field (`<id>-message`). Given (even null),
   * its alert region is always there, so that screen readers announce it when it fills.
   */
  alert?: string | null;
  isInvalid?: boolean;
}

/**
 * A masked field for the organisation PIN or the lock passphrase, with its hint and error
 * spoken with it (`aria-describedby`).
 */
export function SecretField({ id, label, value, onChange, inputRef, secret = 'pin', hint, error, alert, isInvalid }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, alert && `${id}-message`].filter(Boolean).join(' ');
  const isPin = secret === 'pin';
  return (
    <>
      <p className="field stacked">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
        <input
          ref={inputRef}
          id={id}
          type="password"
          inputMode={isPin ? 'numeric' : undefined}
          autoComplete={isPin ? 'off' : 'current-password'}
          // A little room over the longest PIN, so a pasted PIN with spaces is trimmed, not cut.
          maxLength={isPin ? PIN_MAX_LENGTH + 4 : undefined}
          value={value}
          onChange={(event) => onChange(isPin ? event.target.value.trim() : event.target.value)}
          aria-invalid={isInvalid || error ? true : undefined}
          aria-describedby={describedBy || undefined}
        />
      </p>
      {alert !== undefined && (
        <p id={`${id}-message`} role="alert" className={alert ? 'field-error' : 'visually-empty'}>
          {alert}
        </p>
      )}
    </>
  );
}
