import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './language-picker.tsx';

/** Settings: the language, with the same picker as the header (the app owns it, so the app composes it). */
export function LanguageSection() {
  const { t } = useTranslation(['settings']);
  return (
    <section aria-labelledby="language-title" className="settings-section">
      <h2 id="language-title">{t('settings:language.title')}</h2>
      <p>{t('settings:language.hint')}</p>
      <LanguagePicker label={t('settings:language.pickerLabel')} />
    </section>
  );
}
