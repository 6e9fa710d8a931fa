import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { navigate, useLocation } from '../../../lib/router.ts';
import { languageCodeSchema } from '../../../shared/language-schemas.ts';
import { regionCodeSchema, REGIONS } from '../../../shared/regions.ts';
import { useInterpretationView } from '../data/use-interpretation-view.ts';
import { useNow } from '../data/use-now.ts';
import { languageName, languageOptions } from '../format.ts';
import { filtersToSearch, NO_FILTERS } from '../model.ts';
import { ChoiceSelect } from './choice-select.tsx';
import { DemoBanner } from './demo-banner.tsx';
import { RegionalSection } from './regional-section.tsx';
import '../directory.css';
import { preloadDirectoryIndex } from '../data/use-directory-index.ts';

// This module loads when the route is opened: start reading the saved index right away.
preloadDirectoryIndex();
import { useExtraLanguageNames } from '../use-language-names.ts';

/** `/interpretation?lang=fa&region=08`: interpretation and staff languages, by language. */
export default function InterpretationPage() {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  const { searchParams } = useLocation();
  const langParam = languageCodeSchema.safeParse(searchParams.get('lang'));
  const regionParam = regionCodeSchema.safeParse(searchParams.get('region'));
  const lang = langParam.success ? langParam.data : null;
  const region = regionParam.success ? regionParam.data : null;
  const { isReady, view, languageCodes } = useInterpretationView(lang, region, lng);
  const now = useNow();
  const extraNames = useExtraLanguageNames();
  const languages = useMemo(() => languageOptions(languageCodes, lng, extraNames), [languageCodes, lng, extraNames]);

  function update(next: { lang: string | null; region: string | null }) {
    const params = new URLSearchParams();
    if (next.lang) params.set('lang', next.lang);
    if (next.region) params.set('region', next.region);
    const query = params.toString();
    navigate(query ? `/interpretation?${query}` : '/interpretation', { replace: true });
  }

  const sections = isReady && view ? [view.adapted, view.spoken, view.lines] : [];
  const isDemoOnScreen = sections.some((list) => [...list.local, ...list.provinceWide, ...list.nearest.map((candidate) => candidate.entry)].some((entry) => entry.demo));
  const languageLabel = lang ? languageName(lang, lng, extraNames) : '';
  const directoryLink = lang ? `/directory?${filtersToSearch({ ...NO_FILTERS, lang, region })}` : '/directory';

  return (
    <section className="directory">
      <PageHeading title={t('directory:interpretation.title')}>{t('directory:interpretation.title')}</PageHeading>
      <p className="lead">{t('directory:interpretation.intro')}</p>
      {isDemoOnScreen && <DemoBanner />}
      <form className="interpretation-form" onSubmit={(event) => event.preventDefault()}>
        <ChoiceSelect
          label={t('directory:interpretation.language')}
          noneLabel={t('directory:interpretation.chooseLanguage')}
          value={lang}
          options={languages}
          onChange={(next) => update({ lang: next, region })}
        />
        <ChoiceSelect
          label={t('directory:filters.region')}
          noneLabel={t('directory:filters.allRegions')}
          value={region}
          options={REGIONS}
          onChange={(next) => update({ lang, region: next })}
        />
      </form>
      {!isReady && (
        <p role="status" className="loading">
          {t('directory:list.loading')}
        </p>
      )}
      {isReady && !view && <p className="notice">{t('directory:interpretation.pickLanguage')}</p>}
      {isReady && view && (
        <>
          <RegionalSection id="adapted-title" title={t('directory:interpretation.adaptedTitle')} list={view.adapted} now={now} />
          <RegionalSection id="spoken-title" title={t('directory:interpretation.spokenTitle', { language: languageLabel })} list={view.spoken} now={now} />
          <RegionalSection id="lines-title" title={t('directory:interpretation.linesTitle')} list={view.lines} now={now} />
          <p className="directory-more">
            <Link href={directoryLink}>{t('directory:interpretation.seeAll', { language: languageLabel })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
