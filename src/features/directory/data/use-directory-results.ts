/** The list's results for the filters in the URL: searched, filtered, ranked, never empty. */
import { useMemo } from 'react';
import { directoryResults, type DirectoryEntry, type DirectoryFilters, type NearbyEntry } from '../model.ts';
import { useSessionPosition } from './position.ts';
import { scoresOf, topEntries } from './ranking.ts';
import { previewAnswers } from './preview.ts';
import { useDirectoryIndex } from './use-directory-index.ts';
import { useNow } from './use-now.ts';

export interface DirectoryView {
  isReady: boolean;
  hasError: boolean;
  /** Services indexed on this device (0: nothing synced yet). */
  indexedCount: number;
  total: number;
  visible: DirectoryEntry[];
  provinceWide: DirectoryEntry[];
  nearest: NearbyEntry[];
  helpLines: DirectoryEntry[];
  isSortedByDistance: boolean;
  /** Every language spoken or interpreted somewhere in the directory. */
  languageCodes: string[];
}

const PROVINCE_WIDE_LIMIT = 20;

/** Every language spoken or interpreted, in one pass without per-entry arrays (10,000 entries on a cold start). */
function languagesOf(entries: readonly DirectoryEntry[]): string[] {
  const codes = new Set<string>();
  for (const entry of entries) {
    for (const code of entry.languagesSpoken) codes.add(code);
    for (const code of entry.interpretationLanguages) codes.add(code);
  }
  return [...codes];
}

export function useDirectoryResults(filters: DirectoryFilters, limit: number, lng: string): DirectoryView {
  const state = useDirectoryIndex(lng);
  const now = useNow();
  const position = useSessionPosition();

  const hits = useMemo(() => state.index?.search(filters.q) ?? null, [state, filters.q]);
  const all = useMemo(() => state.index?.payloads() ?? [], [state]);
  const outcome = useMemo(
    () => directoryResults(hits ? hits.map((hit) => hit.payload) : all, all, filters, { now, position }),
    [hits, all, filters, now, position],
  );
  const isSortedByDistance = position !== null && filters.q.trim() === '';
  const scores = useMemo(() => scoresOf(hits), [hits]);
  const visible = useMemo(() => {
    if (isSortedByDistance) return outcome.results.slice(0, limit);
    return topEntries(outcome.results, scores, lng, limit);
  }, [outcome, scores, lng, limit, isSortedByDistance]);
  const provinceWide = useMemo(() => topEntries(outcome.provinceWide, scores, lng, PROVINCE_WIDE_LIMIT), [outcome, scores, lng]);
  const languageCodes = useMemo(() => languagesOf(all), [all]);
  const helpLines = useMemo(() => topEntries(outcome.helpLines, null, lng, PROVINCE_WIDE_LIMIT), [outcome, lng]);

  // Until the saved index is decoded, the first screen saved with it answers the default view.
  const { preview } = state;
  if (state.index === null && preview && previewAnswers(preview, filters, lng, position !== null)) {
    return {
      isReady: true,
      hasError: false,
      indexedCount: preview.indexedCount,
      total: preview.total,
      visible: preview.entries.slice(0, limit),
      provinceWide: [],
      nearest: [],
      helpLines: [],
      isSortedByDistance: false,
      languageCodes: [],
    };
  }
  return {
    isReady: state.index !== null,
    hasError: state.error !== null,
    indexedCount: all.length,
    total: outcome.results.length,
    visible,
    provinceWide,
    nearest: outcome.nearest,
    helpLines,
    isSortedByDistance,
    languageCodes,
  };
}
