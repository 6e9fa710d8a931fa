import { useTranslation } from 'react-i18next';
import { findRegion } from '../../../shared/regions.ts';
import type { DirectoryView } from '../data/use-directory-results.ts';
import type { DirectoryFilters } from '../model.ts';
import { ResultList } from './result-list.tsx';

/**
 * What keeps the page from ever being empty: the nearest services in other regions, the
 * province-wide and remote ones, and as a last resort the province-wide help lines.
 */
export function FallbackSections({ view, filters, now }: { view: DirectoryView; filters: DirectoryFilters; now: Date }) {
  const { t } = useTranslation(['directory']);
  const regionName = filters.region ? (findRegion(filters.region)?.name ?? filters.region) : '';
  return (
    <>
      {filters.region && view.total === 0 && <p className="notice">{t('directory:results.noneInRegion', { region: regionName })}</p>}
      {view.nearest.length > 0 && (
        <section aria-labelledby="nearest-title" className="result-section">
          <h2 id="nearest-title">{t('directory:results.nearestTitle')}</h2>
          <ResultList entries={view.nearest.map((candidate) => candidate.entry)} distances={view.nearest.map((candidate) => candidate.distanceKm)} now={now} />
        </section>
      )}
      {view.provinceWide.length > 0 && (
        <section aria-labelledby="province-title" className="result-section">
          <h2 id="province-title">{t('directory:results.provinceWideTitle')}</h2>
          <ResultList entries={view.provinceWide} now={now} />
        </section>
      )}
      {view.helpLines.length > 0 && (
        <section aria-labelledby="lines-title" className="result-section">
          <h2 id="lines-title">{t('directory:results.helpLinesTitle')}</h2>
          <p>{t('directory:results.noneAnywhere')}</p>
          <ResultList entries={view.helpLines} now={now} />
        </section>
      )}
      {view.total === 0 && view.nearest.length === 0 && view.provinceWide.length === 0 && view.helpLines.length === 0 && (
        <p className="notice">{t('directory:results.noResults')}</p>
      )}
    </>
  );
}
