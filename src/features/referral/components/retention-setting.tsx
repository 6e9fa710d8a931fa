import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { RETENTION_CHOICES, updateCaseSettings, useCaseSettings } from '../../../lib/cases/case-settings.ts';

/** How long new and renewed cases are kept before they are deleted. */
export function RetentionSetting() {
  const { t } = useTranslation(['screening']);
  const id = useId();
  const { retentionDays } = useCaseSettings();
  return (
    <p className="field">
      <label htmlFor={id}>{t('screening:cases.retention')}</label>
      <select
        id={id}
        value={String(retentionDays)}
        onChange={(event) => {
          const days = RETENTION_CHOICES.find((choice) => String(choice) === event.target.value);
          if (days) updateCaseSettings({ retentionDays: days }).catch(reportStorageFailure);
        }}
      >
        {RETENTION_CHOICES.map((days) => (
          <option key={days} value={String(days)}>
            {t('screening:cases.retentionDays', { days })}
          </option>
        ))}
      </select>
    </p>
  );
}
