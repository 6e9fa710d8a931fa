import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "Step 3 of 12" as text and as a progress bar named by that text. */
export function StepProgress({ current, total, section }: { current: number; total: number; section: string }) {
  const { t } = useTranslation(['screening']);
  const id = useId();
  return (
    <div className="step-progress">
      <p id={id}>
        <span className="step-section">{section}</span>
        {' — '}
        {t('screening:steps.progress', { current, total })}
      </p>
      <progress aria-labelledby={id} value={current} max={total} />
    </div>
  );
}
