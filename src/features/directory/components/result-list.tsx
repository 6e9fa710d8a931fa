import { useMemo } from 'react';
import { useOrganizationNames } from '../data/organization-names.ts';
import { createWeekClock, type DirectoryEntry } from '../model.ts';
import { ResultCard } from './result-card.tsx';

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
  return (
    <ul className="result-list" aria-label={label}>
      {entries.map((entry, index) => (
        <li key={entry.id}>
          <ResultCard entry={entry} organizationName={organizationName(entry.organizationId)} minuteOfWeek={minuteOfWeek} distanceKm={distances?.[index]} />
        </li>
      ))}
    </ul>
  );
}
