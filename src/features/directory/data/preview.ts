/**
 * The directory's first screen, saved beside its search index: the default view (no
 * search, no filter) in one language, its count and first page. On a cold start it is
 * shown while the 10,000-entry index is decoded after the first paint (issue 8). It is
 * derived from the saved index and written with it, so it is never newer or older.
 */
import type { SearchIndex } from '../../../lib/search/index.ts';
import { activeFilterCount, directoryResults, NO_FILTERS, type DirectoryEntry, type DirectoryFilters } from '../model.ts';
import { topEntries } from './ranking.ts';

/** Entries kept: the list's first page. */
export const PREVIEW_SIZE = 30;

export interface DirectoryPreview {
  lng: string;
  /** The default view's result count. */
  total: number;
  /** Services in the index. */
  indexedCount: number;
  entries: DirectoryEntry[];
}

/** The preview of `index` in `lng`; undefined when the default view would be empty. */
export function directoryPreview(index: SearchIndex<DirectoryEntry>, lng: string): DirectoryPreview | undefined {
  const all = index.payloads();
  const { results } = directoryResults(all, all, NO_FILTERS, { now: new Date(), position: null });
  if (results.length === 0) return undefined;
  return { lng, total: results.length, indexedCount: all.length, entries: topEntries(results, null, lng, PREVIEW_SIZE) };
}

/** A stored preview, if it has the expected shape (it comes from this device, but an older app may have written it). */
export function readPreview(value: unknown): DirectoryPreview | null {
  if (typeof value !== 'object' || value === null) return null;
  const preview = value as Partial<DirectoryPreview>;
  const isValid =
    typeof preview.lng === 'string' &&
    typeof preview.total === 'number' &&
    typeof preview.indexedCount === 'number' &&
    Array.isArray(preview.entries) &&
    preview.entries.every((entry) => typeof entry === 'object' && entry !== null && typeof (entry as { id?: unknown }).id === 'string');
  return isValid ? (preview as DirectoryPreview) : null;
}

/** True when the preview answers this view: same language, no search, no filter, no position. */
export function previewAnswers(preview: DirectoryPreview, filters: DirectoryFilters, lng: string, hasPosition: boolean): boolean {
  return preview.lng === lng && !hasPosition && filters.q.trim() === '' && activeFilterCount(filters) === 0;
}
