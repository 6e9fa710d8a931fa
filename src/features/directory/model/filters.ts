/**
 * Directory filters and their URL form (CONTRACTS.md: `q`, `region`, `sector`, `type`
 * (repeatable), `lang`, and `open`, `h24`, `evening`, `weekend`, `access`, `children`,
 * `pets`, `nostatus`, `remote` set to 1). A value that cannot be read is dropped, never
 * an error: a shared link with one bad parameter still opens on the rest.
 */
import { sectorSchema, serviceTypeSchema, type Sector, type ServiceType } from '../../../shared/kinds/directory.ts';
import { languageCodeSchema } from '../../../shared/language-schemas.ts';
import { regionCodeSchema, type RegionCode } from '../../../shared/regions.ts';
import type { DirectoryEntry } from './entry.ts';
import { isOpenAt } from './hours.ts';

export const FILTER_FLAGS = ['open', 'h24', 'evening', 'weekend', 'access', 'children', 'pets', 'nostatus', 'remote'] as const;
export type FilterFlag = (typeof FILTER_FLAGS)[number];

export const MAX_QUERY_LENGTH = 200;

export interface DirectoryFilters {
  q: string;
  region: RegionCode | null;
  sector: Sector | null;
  types: ServiceType[];
  lang: string | null;
  flags: ReadonlySet<FilterFlag>;
}

export const NO_FILTERS: DirectoryFilters = { q: '', region: null, sector: null, types: [], lang: null, flags: new Set() };

export function parseFilters(params: URLSearchParams): DirectoryFilters {
  const region = regionCodeSchema.safeParse(params.get('region'));
  const sector = sectorSchema.safeParse(params.get('sector'));
  const lang = languageCodeSchema.safeParse(params.get('lang'));
  const types = params.getAll('type').flatMap((value) => {
    const parsed = serviceTypeSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH),
    region: region.success ? region.data : null,
    sector: sector.success ? sector.data : null,
    types: [...new Set(types)],
    lang: lang.success ? lang.data : null,
    flags: new Set(FILTER_FLAGS.filter((flag) => params.get(flag) === '1')),
  };
}

/** The canonical query string (without `?`) for `filters`; defaults are left out. */
export function filtersToSearch(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.region) params.set('region', filters.region);
  if (filters.sector) params.set('sector', filters.sector);
  for (const type of filters.types) params.append('type', type);
  if (filters.lang) params.set('lang', filters.lang);
  for (const flag of FILTER_FLAGS) if (filters.flags.has(flag)) params.set(flag, '1');
  return params.toString();
}

/** How many filters (other than the text) are on, for the filters' summary. */
export function activeFilterCount(filters: DirectoryFilters): number {
  return (filters.region ? 1 : 0) + (filters.sector ? 1 : 0) + filters.types.length + (filters.lang ? 1 : 0) + filters.flags.size;
}

const baseLanguage = (code: string) => code.split('-')[0]?.toLowerCase() ?? code;

/** True when the service's staff speak `lang` or it offers interpretation in it. */
export function offersLanguage(entry: DirectoryEntry, lang: string): boolean {
  const wanted = baseLanguage(lang);
  return [...entry.languagesSpoken, ...entry.interpretationLanguages].some((code) => baseLanguage(code) === wanted);
}

/** True when the entry is in `region` itself (province-wide services are listed apart). */
export function isInRegion(entry: DirectoryEntry, region: RegionCode): boolean {
  return !entry.isProvinceWide && entry.regions.includes(region);
}

/** Closed for good or not offered any more: kept out of every list. */
export function isListed(entry: DirectoryEntry): boolean {
  return entry.status === 'active' || entry.status === 'temporarily closed';
}

/**
 * Every filter but the region and the text. `minuteOfWeek` gives "now" in a time zone
 * (see `createWeekClock`).
 */
export function matchesAttributes(entry: DirectoryEntry, filters: DirectoryFilters, minuteOfWeek: (timeZone: string) => number): boolean {
  if (!isListed(entry)) return false;
  if (filters.sector && entry.sector !== filters.sector) return false;
  if (filters.types.length > 0 && !filters.types.some((type) => entry.types.includes(type))) return false;
  if (filters.lang && !offersLanguage(entry, filters.lang)) return false;
  const { flags } = filters;
  if (flags.size === 0) return true;
  if (flags.has('open') && (entry.status !== 'active' || !isOpenAt(entry.intervals, entry.isAlwaysOpen, minuteOfWeek(entry.timeZone)))) return false;
  if (flags.has('h24') && !entry.isAroundTheClock) return false;
  if (flags.has('evening') && !entry.hasEvening) return false;
  if (flags.has('weekend') && !entry.hasWeekend) return false;
  if (flags.has('access') && !entry.isWheelchairAccessible) return false;
  if (flags.has('children') && !entry.acceptsChildren) return false;
  if (flags.has('pets') && !entry.acceptsPets) return false;
  if (flags.has('nostatus') && entry.isStatusRequired) return false;
  if (flags.has('remote') && !(entry.remote.phone || entry.remote.video || entry.remote.text)) return false;
  return true;
}
