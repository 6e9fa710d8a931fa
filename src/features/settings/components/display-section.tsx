import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxRow } from '../../../components/checkbox-row.tsx';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { TEXT_SCALES, updateSettings, useSettings } from '../../../lib/settings.ts';
import { scaleToPercent } from '../model.ts';

export function DisplaySection() {
  const { t } = useTranslation();
  const settings = useSettings();
  const textSizeId = useId();

  function save(patch: Parameters<typeof updateSettings>[0]) {
    updateSettings(patch).catch(reportStorageFailure);
  }

  function handleTextSize(event: ChangeEvent<HTMLSelectElement>) {
    const scale = TEXT_SCALES.find((candidate) => String(candidate) === event.target.value);
    if (scale !== undefined) save({ textScale: scale });
  }

  return (
    <section aria-labelledby="display-title" className="settings-section">
      <h2 id="display-title">{t('settings.display')}</h2>
      <p className="field">
        <label htmlFor={textSizeId}>{t('settings.textSize')}</label>
        <select id={textSizeId} value={String(settings.textScale)} onChange={handleTextSize}>
          {TEXT_SCALES.map((scale) => (
            <option key={scale} value={String(scale)}>
              {t('settings.textSizeValue', { percent: scaleToPercent(scale) })}
            </option>
          ))}
        </select>
      </p>
      <CheckboxRow label={t('settings.highContrast')} isChecked={settings.highContrast} onChange={(highContrast) => save({ highContrast })} />
      <CheckboxRow label={t('settings.reducedMotion')} isChecked={settings.reducedMotion} onChange={(reducedMotion) => save({ reducedMotion })} />
    </section>
  );
}
