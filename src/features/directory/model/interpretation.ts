/**
 * The interpretation view (issue 4, "Interpretation"): for one language and a region,
 * who offers interpretation adapted to violence, which resources have staff who speak
 * it, and which help lines offer an interpreter in it — each with the nearest in other
 * regions when the region has none.
 */
import type { RegionCode } from '../../../shared/regions.ts';
import { nearestDistanceKm, regionPoint } from './distance.ts';
import type { DirectoryEntry } from './entry.ts';
import { isInRegion, isListed } from './filters.ts';
import { NEAREST_COUNT, type NearbyEntry } from './results.ts';

export interface RegionalList {
  /** In the region (or everywhere when no region is chosen). */
  local: DirectoryEntry[];
  provinceWide: DirectoryEntry[];
  /** Only when the region has none. */
  nearest: NearbyEntry[];
}

export interface InterpretationView {
  adapted: RegionalList;
  spoken: RegionalList;
  lines: RegionalList;
}

const base = (code: string) => code.split('-')[0]?.toLowerCase() ?? code;
const has = (codes: readonly string[], lang: string) => codes.some((code) => base(code) === base(lang));

/** Splits `matching` by region, with the nearest elsewhere when the region has none. */
export function regionalList(matching: readonly DirectoryEntry[], region: RegionCode | null): RegionalList {
  if (!region) return { local: [...matching], provinceWide: [], nearest: [] };
  const local = matching.filter((entry) => isInRegion(entry, region));
  const provinceWide = matching.filter((entry) => entry.isProvinceWide);
  let nearest: NearbyEntry[] = [];
  if (local.length === 0) {
    const origin = regionPoint(region);
    nearest = matching
      .filter((entry) => !entry.isProvinceWide)
      .map((entry) => ({ entry, distanceKm: nearestDistanceKm(origin, entry.points) ?? Infinity }))
      .filter((candidate) => Number.isFinite(candidate.distanceKm))
      .sort((a, b) => a.distanceKm - b.distanceKm)
      .slice(0, NEAREST_COUNT);
  }
  return { local, provinceWide, nearest };
}

export function interpretationView(entries: readonly DirectoryEntry[], lang: string, region: RegionCode | null): InterpretationView {
  const listed = entries.filter(isListed);
  return {
    adapted: regionalList(
      listed.filter((entry) => entry.isInterpretationAdaptedToViolence && has(entry.interpretationLanguages, lang)),
      region,
    ),
    spoken: regionalList(
      listed.filter((entry) => has(entry.languagesSpoken, lang)),
      region,
    ),
    lines: regionalList(
      listed.filter((entry) => entry.types.includes('help-line') && has(entry.interpretationLanguages, lang)),
      region,
    ),
  };
}
