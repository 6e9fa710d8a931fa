import { useTranslation } from 'react-i18next';
import type { RegionalList } from '../model.ts';
import { ResultList } from './result-list.tsx';

/** One section of the interpretation view: the region's own, the nearest elsewhere, province-wide. */
export function RegionalSection({ id, title, list, now }: { id: string; title: string; list: RegionalList; now: Date }) {
  const { t } = useTranslation(['directory']);
  const isEmpty = list.local.length === 0 && list.nearest.length === 0 && list.provinceWide.length === 0;
  return (
    <section aria-labelledby={id} className="result-section">
      <h2 id={id}>{title}</h2>
      {list.local.length > 0 && <ResultList entries={list.local} now={now} />}
      {list.local.length === 0 && !isEmpty && <p className="notice">{t('directory:interpretation.none')}</p>}
      {list.nearest.length > 0 && (
        <>
          <p>{t('directory:interpretation.nearest')}</p>
          <ResultList entries={list.nearest.map((candidate) => candidate.entry)} distances={list.nearest.map((candidate) => candidate.distanceKm)} now={now} />
        </>
      )}
      {list.provinceWide.length > 0 && (
        <>
          <p>{t('directory:results.provinceWideTitle')}</p>
          <ResultList entries={list.provinceWide} now={now} />
        </>
      )}
      {isEmpty && <p className="notice">{t('directory:interpretation.noneAnywhere')}</p>}
    </section>
  );
}
