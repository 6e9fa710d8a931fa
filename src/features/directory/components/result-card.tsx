import type { TFunction } from 'i18next';
import { memo, useId } from 'react';
import { Link } from '../../../components/link.tsx';
import type { LocalizedText } from '../../../shared/localized.ts';
import { resolveText } from '../../../shared/localized.ts';
import { findRegion } from '../../../shared/regions.ts';
import { formatList, languageName } from '../format.ts';
import { openStateAt, type DirectoryEntry } from '../model.ts';
import { OpenStatus } from './open-status.tsx';

const MAX_LANGUAGES = 5;

/** What every card of a list translates with, from the list (one hook for all cards). */
export interface CardWords {
  t: TFunction<['directory']>;
  lng: string;
  /** Names of the languages Intl.DisplayNames does not know (`useExtraLanguageNames`). */
  extraNames: Readonly<Record<string, string>>;
}

/**
 * One service in a list: name, organisation, where, what, open now, languages. Memoised:
 * while a query is refined most cards stay the same and need not render again.
 */
export const ResultCard = memo(function ResultCard({
  entry,
  organizationName,
  minuteOfWeek,
  distanceKm,
  words,
}: {
  entry: DirectoryEntry;
  organizationName: LocalizedText | undefined;
  /** "Now" as minute of the week in a time zone (`createWeekClock`). */
  minuteOfWeek: (timeZone: string) => number;
  distanceKm?: number;
  words: CardWords;
}) {
  const { t, lng, extraNames } = words;
  const headingId = useId();
  const name = resolveText(entry.name, lng);
  const organization = organizationName ? resolveText(organizationName, lng) : null;
  const regionNames = entry.regions.map((code) => findRegion(code)?.name ?? code).join(', ');
  const place = entry.isProvinceWide
    ? t('directory:card.provinceWide')
    : entry.city && entry.city !== regionNames
      ? t('directory:card.place', { city: entry.city, region: regionNames })
      : regionNames;
  const spoken = entry.languagesSpoken.slice(0, MAX_LANGUAGES).map((code) => languageName(code, lng, extraNames));
  if (entry.languagesSpoken.length > MAX_LANGUAGES) spoken.push('…');
  const state = openStateAt(entry.intervals, entry.isAlwaysOpen, minuteOfWeek(entry.timeZone));

  return (
    <article className="result-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="result-name" lang={name.lang}>
        <Link href={`/directory/${entry.id}`}>{name.text}</Link>
      </h3>
      {entry.demo && <p className="demo-badge">{t('directory:demo.badge')}</p>}
      {organization && (
        <p className="result-organization" lang={organization.lang}>
          {organization.text}
        </p>
      )}
      <p className="result-place">{place}</p>
      {distanceKm !== undefined && <p className="result-distance">{t('directory:results.distance', { distance: Math.round(distanceKm) })}</p>}
      <p className="result-types">{entry.types.map((type) => t(`directory:types.${type}`)).join(' · ')}</p>
      <p className="result-hours">
        {entry.status === 'temporarily closed' ? t('directory:card.temporarilyClosed') : <OpenStatus state={state} t={t} lng={lng} />}
      </p>
      <p className="result-languages">
        {t('directory:card.spoken', { languages: formatList(spoken, lng) })}
        {entry.interpretationLanguages.length > 0 && (
          <>
            {' · '}
            {t('directory:card.interpretation', { count: entry.interpretationLanguages.length })}
          </>
        )}
      </p>
    </article>
  );
});
