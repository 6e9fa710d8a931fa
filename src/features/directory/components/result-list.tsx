import { useOrganizationNames } from '../data/use-service-record.ts';
import type { DirectoryEntry } from '../model.ts';
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
  const organizationNames = useOrganizationNames(entries.map((entry) => entry.organizationId));
  return (
    <ul className="result-list" aria-label={label}>
      {entries.map((entry, index) => (
        <li key={entry.id}>
          <ResultCard entry={entry} organizationName={organizationNames.get(entry.organizationId)} now={now} distanceKm={distances?.[index]} />
        </li>
      ))}
    </ul>
  );
}
