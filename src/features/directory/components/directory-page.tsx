import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { findRegion } from '../../../shared/regions.ts';
import { useDirectoryResults } from '../data/use-directory-results.ts';
import { useNow } from '../data/use-now.ts';
import { useSettledValue } from '../data/use-settled-value.ts';
import { warmUpFormats } from '../format.ts';
import { filtersToSearch } from '../model.ts';
import { pickLanguage } from '../../../lib/i18n/languages.ts';
import { useDirectoryFilters } from '../use-directory-filters.ts';
import { DemoBanner } from './demo-banner.tsx';
import { FallbackSections } from './fallback-sections.tsx';
import { FiltersPanel } from './filters-panel.tsx';
import { ResultList } from './result-list.tsx';
import { SearchBox } from './search-box.tsx';
import '../directory.css';
import { preloadDirectoryIndex } from '../data/use-directory-index.ts';

// This module loads when the route is opened: start reading the saved index right away,
// and prepare the Intl objects of the first render while start-up waits for it.
const savedFirstPage = preloadDirectoryIndex();

/** Start-up renders the list once its saved first page is read (routes.ts `prepare`). */
export function prepare(): Promise<unknown> {
  return savedFirstPage;
}
setTimeout(() => warmUpFormats(pickLanguage(navigator.languages)), 0);

const PAGE_SIZE = 30;
/**
 * What the first render shows: a phone's screenful. The rest of the page follows in a
 * background render (useDeferredValue's initial value), so that a cold start shows the
 * first results sooner (issue 8).
 */
const FIRST_RENDER_SIZE = 8;

/** `/directory`: search and filters, all in the URL; results follow every keystroke. */
export default function DirectoryPage() {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  const { filters, setQuery, setFilters } = useDirectoryFilters('/directory');
  const search = filtersToSearch(filters);
  const [paging, setPaging] = useState({ search, limit: PAGE_SIZE });
  const limit = paging.search === search ? paging.limit : PAGE_SIZE;
  const shownLimit = useDeferredValue(limit, Math.min(limit, FIRST_RENDER_SIZE));
  const view = useDirectoryResults(filters, shownLimit, lng);
  const now = useNow();

  const regionName = filters.region ? (findRegion(filters.region)?.name ?? filters.region) : null;
  const loadingStatus = t('directory:list.loading');
  let status = loadingStatus;
  if (view.hasError) status = t('directory:list.error');
  else if (view.isReady && view.indexedCount === 0) status = t('directory:list.empty');
  else if (view.isReady) {
    status = regionName
      ? t('directory:list.countInRegion', { count: view.total, region: regionName })
      : t('directory:list.count', { count: view.total });
  }
  const announced = useSettledValue(status, 400, (settled) => settled === loadingStatus);
  const onScreen = [...view.visible, ...view.provinceWide, ...view.nearest.map((candidate) => candidate.entry), ...view.helpLines];

  return (
    <section className="directory">
      <PageHeading title={t('directory:list.title')}>{t('directory:list.title')}</PageHeading>
      <p className="lead">{t('directory:list.intro')}</p>
      <SearchBox value={filters.q} onChange={setQuery} />
      <FiltersPanel filters={filters} languageCodes={view.languageCodes} onChange={setFilters} />
      <p role="status" className="result-count">
        {announced}
      </p>
      {/* Under the count, above the results it is about: it appears with the results,
          so nothing already on screen moves when they load (layout shift). */}
      {onScreen.some((entry) => entry.demo) && <DemoBanner />}
      {view.isReady && (
        <>
          {view.visible.length > 0 && (
            <section aria-labelledby="results-title" className="result-section">
              <h2 id="results-title" className="visually-hidden">
                {t('directory:list.resultsLabel')}
              </h2>
              <ResultList entries={view.visible} now={now} />
              {view.visible.length < view.total && (
                <button type="button" className="show-more" onClick={() => setPaging({ search, limit: limit + PAGE_SIZE })}>
                  {t('directory:list.showMore')}
                </button>
              )}
            </section>
          )}
          {view.indexedCount > 0 && <FallbackSections view={view} filters={filters} now={now} />}
        </>
      )}
      <p className="directory-more">
        <Link href="/interpretation">{t('directory:list.interpretationLink')}</Link>
      </p>
    </section>
  );
}
