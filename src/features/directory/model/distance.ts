/** Distances between a person (or a region) and the places of the directory. */
import { findRegion, REGIONS, type RegionCode } from '../../../shared/regions.ts';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The reference point of a region (its main city), used when a place is confidential. */
export function regionPoint(code: RegionCode): GeoPoint {
  const region = findRegion(code);
  if (!region) throw new Error(`unknown region ${code}`);
  return { latitude: region.latitude, longitude: region.longitude };
}

/** The region whose reference city is closest to `point` (an approximation: regions are not circles). */
export function nearestRegion(point: GeoPoint): RegionCode {
  let best: RegionCode = '06';
  let bestDistance = Infinity;
  for (const region of REGIONS) {
    const distance = haversineKm(point, region);
    if (distance < bestDistance) {
      best = region.code;
      bestDistance = distance;
    }
  }
  return best;
}

/** The smallest distance from `origin` to any of `points`; null when there are none. */
export function nearestDistanceKm(origin: GeoPoint, points: readonly GeoPoint[]): number | null {
  let best: number | null = null;
  for (const point of points) {
    const distance = haversineKm(origin, point);
    if (best === null || distance < best) best = distance;
  }
  return best;
}
