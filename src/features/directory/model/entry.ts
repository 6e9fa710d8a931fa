/**
 * A directory entry: what the list, the filters and the search need to know about one
 * service, flattened from the service, its organisation and its locations. Entries are
 * small and precomputed (weekly intervals, evening/weekend) so that thousands of them
 * filter in a few milliseconds. Entries are saved with the search index, so they hold only
 * what every row of the list needs; the organisation's name and the details are read from
 * the records for what is on screen.
 */
import type { LocationData, OrganizationData, Sector, ServiceData, ServiceType } from '../../../shared/kinds/directory.ts';
import type { LocalizedText } from '../../../shared/localized.ts';
import type { RegionCode } from '../../../shared/regions.ts';
import { regionPoint, type GeoPoint } from './distance.ts';
import { hasEveningHours, hasWeekendHours, isAroundTheClock, scheduleTimeZone, weeklyIntervals, type Interval } from './hours.ts';

export interface DirectoryEntry {
  id: string;
  organizationId: string;
  locationIds: string[];
  name: LocalizedText;
  status: ServiceData['status'];
  sector: Sector;
  types: ServiceType[];
  /** Regions where it has a place or that it serves. */
  regions: RegionCode[];
  isProvinceWide: boolean;
  /** Places to measure distance to; a confidential place counts as its region's reference point. */
  points: GeoPoint[];
  /** A city to show, from a place whose city may be shown. */
  city: string | null;
  languagesSpoken: string[];
  interpretationLanguages: string[];
  isInterpretationAdaptedToViolence: boolean;
  timeZone: string;
  intervals: Interval[];
  isAlwaysOpen: boolean;
  isAroundTheClock: boolean;
  hasEvening: boolean;
  hasWeekend: boolean;
  isWheelchairAccessible: boolean;
  acceptsChildren: boolean;
  acceptsPets: boolean;
  isStatusRequired: boolean;
  isFree: boolean;
  remote: ServiceData['remote'];
  isVerified: boolean;
  hasPhone: boolean;
  demo: boolean;
}

export interface LocatedData {
  id: string;
  data: LocationData;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Flattens a service with its organisation (if known yet) and locations (those present). */
export function toDirectoryEntry(
  id: string,
  service: ServiceData,
  organization: OrganizationData | undefined,
  locations: readonly LocatedData[],
): DirectoryEntry {
  const places = locations.filter((location) => service.locationIds.includes(location.id)).map((location) => location.data);
  const regions = unique([...places.map((place) => place.region), ...service.regionsServed]);
  const points: GeoPoint[] = places.map((place) =>
    place.latitude !== undefined && place.longitude !== undefined && place.addressVisibility !== 'confidential'
      ? { latitude: place.latitude, longitude: place.longitude }
      : regionPoint(place.region),
  );
  if (points.length === 0) points.push(...service.regionsServed.map(regionPoint));
  const city = places.find((place) => place.addressVisibility !== 'confidential' && place.city)?.city ?? null;
  return {
    id,
    organizationId: service.organizationId,
    locationIds: service.locationIds,
    name: service.name,
    status: service.status,
    sector: service.sector,
    types: service.serviceTypes,
    regions,
    isProvinceWide: service.isProvinceWide,
    points: service.isProvinceWide ? [] : points,
    city,
    languagesSpoken: service.languagesSpoken,
    interpretationLanguages: service.interpretationLanguages,
    isInterpretationAdaptedToViolence: service.isInterpretationAdaptedToViolence,
    timeZone: scheduleTimeZone(service.schedules),
    intervals: weeklyIntervals(service.schedules),
    isAlwaysOpen: service.isAlwaysOpen,
    isAroundTheClock: isAroundTheClock(service.schedules, service.isAlwaysOpen),
    hasEvening: hasEveningHours(service.schedules, service.isAlwaysOpen),
    hasWeekend: hasWeekendHours(service.schedules, service.isAlwaysOpen),
    isWheelchairAccessible: service.isWheelchairAccessible || places.some((place) => place.isWheelchairAccessible === true),
    acceptsChildren: service.acceptsChildren,
    acceptsPets: service.acceptsPets,
    isStatusRequired: service.isStatusRequired,
    isFree: service.isFree,
    remote: service.remote,
    isVerified: service.verification.isVerified,
    hasPhone: service.phones.some((phone) => phone.type === 'voice' || phone.type === 'text'),
    demo: service.demo || organization?.demo === true || places.some((place) => place.demo),
  };
}
