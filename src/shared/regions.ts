/**
 * Québec's 17 administrative regions (CONTENT.md). Health regions (CISSS/CIUSSS) are a
 * different set and are not used here.
 */
import { z } from 'zod';

export const REGION_CODES = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17',
] as const;
export const regionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof regionCodeSchema>;

export interface Region {
  code: RegionCode;
  /** Official name (en dash in 02 and 11). */
  name: string;
  /** The region's main city, used as its reference point for distances between regions. */
  referenceCity: string;
  latitude: number;
  longitude: number;
}

export const REGIONS: readonly Region[] = [
  { code: '01', name: 'Bas-Saint-Laurent', referenceCity: 'Rimouski', latitude: 48.449, longitude: -68.524 },
  { code: '02', name: 'Saguenay–Lac-Saint-Jean', referenceCity: 'Saguenay', latitude: 48.428, longitude: -71.068 },
  { code: '03', name: 'Capitale-Nationale', referenceCity: 'Québec', latitude: 46.813, longitude: -71.208 },
  { code: '04', name: 'Mauricie', referenceCity: 'Trois-Rivières', latitude: 46.343, longitude: -72.543 },
  { code: '05', name: 'Estrie', referenceCity: 'Sherbrooke', latitude: 45.404, longitude: -71.893 },
  { code: '06', name: 'Montréal', referenceCity: 'Montréal', latitude: 45.502, longitude: -73.567 },
  { code: '07', name: 'Outaouais', referenceCity: 'Gatineau', latitude: 45.477, longitude: -75.701 },
  { code: '08', name: 'Abitibi-Témiscamingue', referenceCity: 'Rouyn-Noranda', latitude: 48.239, longitude: -79.019 },
  { code: '09', name: 'Côte-Nord', referenceCity: 'Baie-Comeau', latitude: 49.221, longitude: -68.15 },
  { code: '10', name: 'Nord-du-Québec', referenceCity: 'Chibougamau', latitude: 49.913, longitude: -74.379 },
  { code: '11', name: 'Gaspésie–Îles-de-la-Madeleine', referenceCity: 'Gaspé', latitude: 48.831, longitude: -64.487 },
  { code: '12', name: 'Chaudière-Appalaches', referenceCity: 'Lévis', latitude: 46.803, longitude: -71.178 },
  { code: '13', name: 'Laval', referenceCity: 'Laval', latitude: 45.569, longitude: -73.692 },
  { code: '14', name: 'Lanaudière', referenceCity: 'Joliette', latitude: 46.022, longitude: -73.44 },
  { code: '15', name: 'Laurentides', referenceCity: 'Saint-Jérôme', latitude: 45.78, longitude: -74.004 },
  { code: '16', name: 'Montérégie', referenceCity: 'Longueuil', latitude: 45.531, longitude: -73.518 },
  { code: '17', name: 'Centre-du-Québec', referenceCity: 'Drummondville', latitude: 45.883, longitude: -72.484 },
];

export function findRegion(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code);
}
