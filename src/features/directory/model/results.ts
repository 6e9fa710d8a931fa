/**
 * What the list shows for a search — never an empty page (issue 4, "Near me and remote
 * regions"). With a region chosen: the services there; the province-wide and remote
 * services apart; and when the region has nothing that fits, the nearest ones in other
 * regions by distance. When even that is empty, the province-wide help lines.
 */
import type { RegionCode } from '../../../shared/regions.ts';
import { nearestDistanceKm, regionPoint, type GeoPoint } from './distance.ts';
import type { DirectoryEntry } from './entry.ts';
import { isInRegion, isListed, matchesAttributes, type DirectoryFilters } from './filters.ts';
import { createWeekClock } from './hours.ts';

export const NEAREST_COUNT = 5;

export interface NearbyEntry {
  entry: DirectoryEntry;
  distanceKm: number;
}

export interface DirectoryResults {
  /** The services that fit: in the region when one is chosen, otherwise all. */
  results: DirectoryEntry[];
  /** Province-wide services that fit, listed apart when a region is chosen. */
  provinceWide: DirectoryEntry[];
  /** When the region has none: the nearest that fit in other regions. */
  nearest: NearbyEntry[];
  /** When nothing at all fits: the province-wide help lines that can be called. */
  helpLines: DirectoryEntry[];
}

export interface ResultsContext {
  now: Date;
  /** The person's position (near me), kept in memory only; otherwise the region's reference point. */
  position?: GeoPoint | null;
}

function distanceFrom(origin: GeoPoint | null, entry: DirectoryEntry): number {
  if (!origin) return Infinity;
  return nearestDistanceKm(origin, entry.points) ?? Infinity;
}

/**
 * Composes the results for `filters` from `ranked` (the entries that match the text, in
 * relevance order) and `all` (every entry, for the help-line fallback).
 */
export function directoryResults(
  ranked: readonly DirectoryEntry[],
  all: readonly DirectoryEntry[],
  filters: DirectoryFilters,
  context: ResultsContext,
): DirectoryResults {
  const clock = createWeekClock(context.now);
  const fitting = ranked.filter((entry) => matchesAttributes(entry, filters, clock));
  const region: RegionCode | null = filters.region;
  const origin = context.position ?? (region ? regionPoint(region) : null);

  let results: DirectoryEntry[];
  let provinceWide: DirectoryEntry[] = [];
  if (region) {
    results = fitting.filter((entry) => isInRegion(entry, region));
    provinceWide = fitting.filter((entry) => entry.isProvinceWide);
  } else {
    results = fitting;
  }
  // Near me without a text query: closest first.
  if (context.position && !filters.q.trim()) {
    results = [...results].sort((a, b) => distanceFrom(origin, a) - distanceFrom(origin, b));
  }

  let nearest: NearbyEntry[] = [];
  if (region && results.length === 0) {
    nearest = fitting
      .filter((entry) => !entry.isProvinceWide && !entry.regions.includes(region))
      .map((entry) => ({ entry, distanceKm: distanceFrom(origin, entry) }))
      .filter((candidate) => Number.isFinite(candidate.distanceKm))
      .sort((a, b) => a.distanceKm - b.distanceKm)
      .slice(0, NEAREST_COUNT);
  }

  let helpLines: DirectoryEntry[] = [];
  if (results.length === 0 && provinceWide.length === 0 && nearest.length === 0) {
    helpLines = all.filter((entry) => isListed(entry) && entry.isProvinceWide && entry.hasPhone && entry.types.includes('help-line'));
  }
  return { results, provinceWide, nearest, helpLines };
}
