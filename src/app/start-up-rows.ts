/** Start-up's read of the device settings (main.tsx), before the first render. */
import type { SettingsRows } from '../lib/db-early.ts';
import { readSettingsSnapshot, refreshSettingsSnapshot } from '../lib/db-snapshot.ts';
import { isWomensPage } from '../lib/route-access.ts';

/**
 * The `settings` rows the first render trusts (language, display, discreet mode, tablet
 * doors). On a women's page: start-up's copy in localStorage (db-snapshot.ts), read in
 * ~5 ms where opening IndexedDB on a cold start takes 0.1–0.4 s (issue 8); the live
 * queries read IndexedDB after the first paint. An intervenor page opens only on the
 * stored state (SAFETY.md rule 8), so there, and when there is no copy, IndexedDB is read
 * first. Either way the copy is then written from IndexedDB, which corrects one that no
 * longer matches it (a browser that evicted IndexedDB and kept localStorage).
 */
export async function readStartUpRows(pathname: string): Promise<SettingsRows> {
  const copy = isWomensPage(pathname) ? readSettingsSnapshot() : null;
  // Started even when the copy answers: the page's own first reads (the directory's saved
  // first page) then find the database already opening.
  const stored = refreshSettingsSnapshot();
  return copy ?? (await stored);
}
