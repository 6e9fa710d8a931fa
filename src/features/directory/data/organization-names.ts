/**
 * Organisation names for the cards on screen, from a small in-memory cache: the list
 * re-renders at every keystroke, and a live database query per render would cost more
 * than the search. Missing names are read in one batch; any change to the organisation
 * table clears the cache (one live query for the whole page).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { db, liveQuery } from '../../../lib/db.ts';
import type { OrganizationData } from '../../../shared/kinds/directory.ts';

type Name = OrganizationData['name'];

let names = new Map<string, Name | null>();
let generation = 0;
const listeners = new Set<() => void>();
const pending = new Set<string>();
let watcher: { unsubscribe: () => void } | null = null;

function notify(): void {
  generation += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!watcher) {
    let isFirst = true;
    watcher = liveQuery(async () => [await db.organization.count(), (await db.organization.orderBy('version').last())?.version ?? 0]).subscribe({
      next: () => {
        if (isFirst) {
          isFirst = false;
          return;
        }
        names = new Map();
        notify();
      },
      error: () => undefined,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      watcher?.unsubscribe();
      watcher = null;
    }
  };
}

async function load(ids: readonly string[]): Promise<void> {
  const wanted = ids.filter((id) => !names.has(id) && !pending.has(id));
  if (wanted.length === 0) return;
  for (const id of wanted) pending.add(id);
  try {
    const rows = await db.organization.bulkGet(wanted);
    for (const [index, id] of wanted.entries()) names.set(id, (rows[index]?.data as OrganizationData | undefined)?.name ?? null);
    notify();
  } finally {
    for (const id of wanted) pending.delete(id);
  }
}

/** The names of these organisations, as far as they are known yet (the rest follow). */
export function useOrganizationNames(organizationIds: readonly string[]): (id: string) => Name | undefined {
  useSyncExternalStore(
    subscribe,
    () => generation,
    () => generation,
  );
  const key = organizationIds.join(',');
  useEffect(() => {
    if (key) void load(key.split(','));
  }, [key]);
  return (id) => names.get(id) ?? undefined;
}
