import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { reportStorageFailure } from '../lib/alerts.ts';
import { CASE_CODE_MAX, emptyCase } from '../lib/cases/case-schema.ts';
import { CasesNotAllowedError, createCase } from '../lib/cases/case-store.ts';
import { navigate } from '../lib/router.ts';
import { CheckboxRow } from './checkbox-row.tsx';

/** Every text the form shows, from the calling feature's catalog. */
export interface CaseCodeFormLabels {
  code: string;
  codeHint: string;
  consent: string;
  codeRequired: string;
  consentRequired: string;
  notAllowed: string;
  failed: string;
  submit: string;
}

/** What a new case holds besides its code and her consent (a screening, her language…). */
type CaseFields = Omit<Parameters<typeof createCase>[0], 'code' | 'consent'>;

interface Props {
  labels: CaseCodeFormLabels;
  className: string;
  /** Names the form for assistive technology when its title is inside it. */
  labelledBy?: string;
  /** Shown first, inside the form (a title). */
  children?: ReactNode;
  caseFields?: (now: Date) => CaseFields;
}

/**
 * Creates a case on this device, then opens it: an anonymous code the intervenor chooses
 * (never a name, SAFETY.md rule 2) and her consent to keep it here, both required.
 */
export function CaseCodeForm({ labels, className, labelledBy, children, caseFields }: Props) {
  const ids = { code: useId(), hint: useId() };
  const [code, setCode] = useState('');
  const [hasConsent, setHasConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) return setError(labels.codeRequired);
    if (!hasConsent) return setError(labels.consentRequired);
    const now = new Date();
    try {
      const id = await createCase({
        ...caseFields?.(now),
        code,
        consent: { ...emptyCase('-', now).consent, storage: true, recordedAt: now.toISOString() },
      });
      navigate(`/cases/${id}`);
    } catch (caught) {
      if (caught instanceof CasesNotAllowedError) setError(labels.notAllowed);
      else {
        reportStorageFailure(caught);
        setError(labels.failed);
      }
    }
  }

  return (
    <form className={className} onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={labelledBy}>
      {children}
      <p className="field">
        <label htmlFor={ids.code}>{labels.code}</label>
        <input
          id={ids.code}
          value={code}
          maxLength={CASE_CODE_MAX}
          autoComplete="off"
          aria-describedby={ids.hint}
          onChange={(event) => setCode(event.target.value)}
        />
      </p>
      <p id={ids.hint} className="hint">
        {labels.codeHint}
      </p>
      <CheckboxRow label={labels.consent} isChecked={hasConsent} onChange={setHasConsent} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary">
        {labels.submit}
      </button>
    </form>
  );
}
