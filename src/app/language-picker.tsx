import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABLE_LANGUAGES } from '../lib/i18n/languages.ts';
import { updateSettings } from '../lib/settings.ts';
import { reportStorageFailure } from '../lib/alerts.ts';

/** Lists each language by its own name; the choice is remembered on this device. */
export function LanguagePicker({ label }: { label?: string } = {}) {
  const { t, i18n } = useTranslation();
  const id = useId();

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const language = event.target.value;
    void i18n.changeLanguage(language);
    updateSettings({ language }).catch(reportStorageFailure);
  }

  return (
    <div className="language-picker">
      <label htmlFor={id}>{label ?? t('language.label')}</label>
      <select id={id} value={i18n.resolvedLanguage ?? i18n.language} onChange={handleChange}>
        {AVAILABLE_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
