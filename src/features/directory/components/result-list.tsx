import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganizationNames } from '../data/organization-names.ts';
import { createWeekClock, type DirectoryEntry } from '../model.ts';
import { useExtraLanguageNames } from '../use-language-names.ts';
import { ResultCard, type CardWords } from './result-card.tsx';

/** A list of services; `distances` adds "about N km" to each (nearest in other regions). */
export function ResultList({
  entries,
  now,
  distances,
  label,
}: {
  entries: readonly DirectoryEntry[];
  now: Date;
  distances?: readonly number[];
  label?: string;
}) {
  const organizationName = useOrganizationNames(entries.map((entry) => entry.organizationId));
  // One clock for the whole list: "now" in each time zone is read once, not once per card.
  const minuteOfWeek = useMemo(() => createWeekClock(now), [now]);
  // One translation hook for the whole list: while a query is typed, dozens of cards mount
  // at each keystroke, and a hook per card made each mount copy the i18next instance.
  const { t, i18n } = useTranslation(['directory']);
  const extraNames = useExtraLanguageNames();
  const lng = i18n.language;
  const words = useMemo<CardWords>(() => ({ t, lng, extraNames }), [t, lng, extraNames]);
  return (
    <ul className="result-list" aria-label={label}>
      {entries.map((entry, index) => (
        <li key={entry.id}>
          <ResultCard entry={entry} organizationName={organizationName(entry.organizationId)} minuteOfWeek={minuteOfWeek} distanceKm={distances?.[index]} words={words} />
        </li>
      ))}
    </ul>
  );
}
