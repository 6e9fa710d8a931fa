import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  step: number;
  total: number;
  submitLabel: string;
  onSubmit: () => void;
  onBack?: () => void;
  isBusy?: boolean;
  /** Move focus to the step title (after "Continue"/"Back"), so screen readers hear the new step. */
  shouldFocusTitle: boolean;
  children: ReactNode;
}

/** One step of the set-up: a titled form with "Back" and "Continue". */
export function StepForm({ title, step, total, submitLabel, onSubmit, onBack, isBusy = false, shouldFocusTitle, children }: Props) {
  const { t } = useTranslation(['tablet']);
  const titleRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (shouldFocusTitle) titleRef.current?.focus();
  }, [shouldFocusTitle]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isBusy) onSubmit();
  }

  return (
    <form className="setup-step" onSubmit={handleSubmit} noValidate>
      <p className="step-count">{t('tablet:setup.stepOf', { step, total })}</p>
      <h2 ref={titleRef} tabIndex={-1}>
        {title}
      </h2>
      {children}
      <p className="form-actions">
        {onBack && (
          <button type="button" onClick={onBack} disabled={isBusy}>
            {t('tablet:setup.back')}
          </button>
        )}
        <button type="submit" className="button-primary" aria-disabled={isBusy || undefined}>
          {isBusy ? t('tablet:setup.saving') : submitLabel}
        </button>
      </p>
    </form>
  );
}
