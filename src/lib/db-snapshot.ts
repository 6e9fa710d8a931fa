/**
 * A copy of the `settings` rows in localStorage, so that start-up can render a women's
 * page without waiting for IndexedDB: on a cold start, opening the database takes
 * 0.1–0.4 s (the browser is starting too), reading this copy ~5 ms (issue 8). `db.ts`
 * keeps it and re-exports these; only start-up reads it, and the table stays the truth.
 *
 * It is never trusted when it may be stale:
 *   - every write to the table drops it first, inside the write's transaction (db.ts);
 *   - it is written again from the table once that transaction has ended;
 *   - a copy read before a later change is not saved: `generation` counts drops, in this
 *     tab and (through `storage` events) in the others;
 * so a device that stopped in the middle of a write starts without a copy, from IndexedDB.
 * One race is left: a tab that refreshes its copy in the few milliseconds in which another
 * tab writes, before the `storage` event reaches it, can save the older rows. The next
 * start then shows them until IndexedDB answers, and writes the copy again.
 *
 * It holds what the table holds (no case, no answer: SAFETY.md rules 2–3), and "Exit and
 * erase" clears localStorage with the rest (rule 4). Its schema is `settingsSnapshotSchema`
 * (`device-schemas.ts`), read through its compiled form like the rows it holds.
 */
import * as compiled from './compiled-schemas.ts';
import { DATABASE_NAME, readSettingsRows, type SettingsRows } from './db-early.ts';
import { SNAPSHOT_VERSION } from './device-rules.ts';
import type { SettingsSnapshot } from './device-schemas.ts';

const KEY_SUFFIX = ':settings';

/** The localStorage key of the copy of database `name` (a database per name in tests). */
function keyOf(name: string): string {
  return `${name}${KEY_SUFFIX}`;
}

let generation = 0;
let isWatchingOtherTabs = false;

function watchOtherTabs(): void {
  if (isWatchingOtherTabs || typeof window === 'undefined') return;
  isWatchingOtherTabs = true;
  // Another tab dropped or wrote a copy: what this tab read before may be stale.
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.endsWith(KEY_SUFFIX)) generation += 1;
  });
}

/** localStorage, or null where the browser refuses it (some private modes throw). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The copy of the `settings` rows; null when there is none or it cannot be read. */
export function readSettingsSnapshot(name = DATABASE_NAME): SettingsRows {
  try {
    const text = storage()?.getItem(keyOf(name));
    if (!text) return null;
    const parsed = compiled.settingsSnapshot.safeParse(JSON.parse(text));
    return parsed.success ? new Map(parsed.data.rows) : null;
  } catch {
    return null;
  }
}

/** Take one before reading the rows to save: the save is skipped if they changed since. */
export function settingsSnapshotToken(): number {
  watchOtherTabs();
  return generation;
}

/** Saves `rows` as the copy, unless the table changed since `token` was taken. */
export function saveSettingsSnapshot(rows: ReadonlyMap<string, unknown>, token: number, name = DATABASE_NAME): void {
  if (token !== generation) return;
  try {
    const snapshot: SettingsSnapshot = { version: SNAPSHOT_VERSION, rows: [...rows] };
    storage()?.setItem(keyOf(name), JSON.stringify(snapshot));
  } catch {
    dropSettingsSnapshot(name); // full storage: no copy rather than an old one
  }
}

/** Removes the copy: start-up then reads IndexedDB. */
export function dropSettingsSnapshot(name = DATABASE_NAME): void {
  generation += 1;
  try {
    storage()?.removeItem(keyOf(name));
  } catch {
    // Nothing can be stored either.
  }
}

/** Writes the copy again from the table, as it is now; the rows read (null on failure). */
export async function refreshSettingsSnapshot(name = DATABASE_NAME): Promise<SettingsRows> {
  const token = settingsSnapshotToken();
  const rows = await readSettingsRows(name);
  if (rows) saveSettingsSnapshot(rows, token, name);
  return rows;
}
