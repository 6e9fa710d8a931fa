import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './form-actions.tsx';

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
      <FormActions
        submitLabel={submitLabel}
        busyLabel={t('tablet:setup.saving')}
        isBusy={isBusy}
        other={onBack && { label: t('tablet:setup.back'), onClick: onBack, isDisabled: isBusy }}
      />
    </form>
  );
}
