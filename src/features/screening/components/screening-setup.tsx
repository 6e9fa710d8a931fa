import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../../shared/regions.ts';
import { resolveText } from '../../../shared/localized.ts';
import type { GuideRecord } from '../data/use-guides.ts';
import type { PinnedGuide } from '../session.ts';
import { Localized } from '../../../components/localized.tsx';

interface Props {
  guides: GuideRecord[];
  onStart: (start: { guide: PinnedGuide; language: string; region: string }) => void;
}

/** Before the first question: which guide, her language and her region (for the directory). */
export function ScreeningSetup({ guides, onStart }: Props) {
  const { t, i18n } = useTranslation(['screening']);
  const lng = i18n.language;
  const ids = { guide: useId(), language: useId(), region: useId() };
  const [guideId, setGuideId] = useState(guides[0]?.id ?? '');
  const guide = guides.find((candidate) => candidate.id === guideId) ?? guides[0];
  const languages = guide?.data.womanLanguages ?? [];
  const [language, setLanguage] = useState(() => (languages.some((entry) => entry.code === lng) ? lng : 'fr'));
  const [region, setRegion] = useState('');

  if (!guide) return <p className="notice">{t('screening:setup.noGuide')}</p>;

  function handleRegion(code: string) {
    setRegion(code);
    // A regional version of the guide, when one is published, is the better default.
    const regional = guides.find((candidate) => candidate.data.region === code);
    if (regional) setGuideId(regional.id);
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (guide) onStart({ guide: { id: guide.id, data: guide.data }, language, region });
  }

  return (
    <form className="screening-setup" onSubmit={handleSubmit}>
      <h2><Localized text={guide.data.title} /></h2>
      <p><Localized text={guide.data.summary} /></p>
      <p className="disclaimer"><Localized text={guide.data.disclaimer} /></p>
      {guides.length > 1 && (
        <p className="field">
          <label htmlFor={ids.guide}>{t('screening:setup.guide')}</label>
          <select id={ids.guide} value={guide.id} onChange={(event) => setGuideId(event.target.value)}>
            {guides.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t('screening:setup.guideOption', { title: resolveText(candidate.data.title, lng).text, revision: candidate.data.revision })}
              </option>
            ))}
          </select>
        </p>
      )}
      <p className="field">
        <label htmlFor={ids.language}>{t('screening:setup.language')}</label>
        <select id={ids.language} value={language} onChange={(event) => setLanguage(event.target.value)}>
          {languages.map((entry) => (
            <option key={entry.code} value={entry.code} lang={entry.code}>
              {entry.status === 'machine-assisted' ? t('screening:setup.languageUnreviewed', { name: entry.name }) : entry.name}
            </option>
          ))}
        </select>
      </p>
      <p className="field">
        <label htmlFor={ids.region}>{t('screening:setup.region')}</label>
        <select id={ids.region} value={region} onChange={(event) => handleRegion(event.target.value)}>
          <option value="">{t('screening:setup.regionNone')}</option>
          {REGIONS.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {t('screening:setup.regionOption', { code: entry.code, name: entry.name })}
            </option>
          ))}
        </select>
      </p>
      <p className="hint">{t('screening:setup.privacy')}</p>
      <button type="submit" className="button-primary">
        {t('screening:setup.start')}
      </button>
    </form>
  );
}
