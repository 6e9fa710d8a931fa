import { describe, expect, it } from 'vitest';
import {
  directoryResults,
  haversineKm,
  nearestRegion,
  NO_FILTERS,
  regionPoint,
  type DirectoryFilters,
} from '../../../src/features/directory/model.ts';
import type { RegionCode } from '../../../src/shared/regions.ts';
import { makeEntry } from './fixtures.ts';

const now = new Date('2026-11-24T20:00:00Z');
const withFilters = (patch: Partial<DirectoryFilters>): DirectoryFilters => ({ ...NO_FILTERS, ...patch });

function shelterIn(region: RegionCode, visibility: 'public' | 'confidential' = 'confidential') {
  const place = {
    id: `place-${region}-${visibility}`,
    data:
      visibility === 'public'
        ? { organizationId: 'x', region, addressVisibility: 'public' as const, city: 'Ville', address: { address1: '1, rue Test', postalCode: 'H2X 1Y4' }, latitude: 45.5, longitude: -73.6, demo: true }
        : { organizationId: 'x', region, addressVisibility: 'confidential' as const, demo: true },
  };
  return makeEntry({ serviceTypes: ['emergency-shelter'], regionsServed: [region], name: { fr: `Maison ${region}` } }, [place]);
}

describe('distances', () => {
  it('measures great-circle distances in kilometres', () => {
    // Montréal to Québec City is about 233 km as the crow flies.
    expect(haversineKm(regionPoint('06'), regionPoint('03'))).toBeGreaterThan(225);
    expect(haversineKm(regionPoint('06'), regionPoint('03'))).toBeLessThan(240);
    expect(haversineKm(regionPoint('06'), regionPoint('06'))).toBe(0);
  });

  it('finds the region whose reference city is nearest to a position', () => {
    expect(nearestRegion({ latitude: 48.1, longitude: -77.8 })).toBe('08');
    expect(nearestRegion({ latitude: 45.51, longitude: -73.55 })).toBe('06');
  });

  it('places a confidential shelter at its region’s reference point, never at its own', () => {
    const entry = shelterIn('08');
    expect(entry.points).toEqual([regionPoint('08')]);
  });
});

describe('results that are never an empty page', () => {
  const all = [shelterIn('08'), shelterIn('02'), shelterIn('06', 'public'), shelterIn('09')];
  const lines = [
    makeEntry({ serviceTypes: ['help-line'], isProvinceWide: true, regionsServed: [], remote: { phone: true, video: false, text: false } }),
  ];
  const everything = [...all, ...lines];

  it('lists the region’s own services, and province-wide ones apart', () => {
    const { results, provinceWide, nearest } = directoryResults(everything, everything, withFilters({ region: '08' }), { now });
    expect(results.map((entry) => entry.regions)).toEqual([['08']]);
    expect(provinceWide).toEqual(lines);
    expect(nearest).toEqual([]);
  });

  it('shows the nearest shelters in other regions, closest first, when the region has none', () => {
    const shelters = withFilters({ region: '10', types: ['emergency-shelter'] });
    const { results, nearest } = directoryResults(everything, everything, shelters, { now });
    expect(results).toEqual([]);
    const regions = nearest.map((candidate) => candidate.entry.regions[0]);
    expect(regions[0]).toBe('02');
    expect(new Set(regions)).toEqual(new Set(['02', '08', '06', '09']));
    const distances = nearest.map((candidate) => candidate.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it('measures from the person’s position when near me is on', () => {
    const nearRouyn = { latitude: 48.24, longitude: -79.02 };
    const { nearest } = directoryResults(everything, everything, withFilters({ region: '10', types: ['emergency-shelter'] }), { now, position: nearRouyn });
    expect(nearest[0]?.entry.regions).toEqual(['08']);
  });

  it('sorts by distance from the person when near me is on and nothing is typed', () => {
    const { results } = directoryResults(all, all, NO_FILTERS, { now, position: regionPoint('09') });
    expect(results[0]?.regions).toEqual(['09']);
  });

  it('falls back to the province-wide help lines when nothing fits anywhere', () => {
    const impossible = withFilters({ region: '10', types: ['emergency-shelter'], lang: 'xx' });
    const outcome = directoryResults(everything, everything, impossible, { now });
    expect(outcome.results).toEqual([]);
    expect(outcome.nearest).toEqual([]);
    expect(outcome.helpLines).toEqual(lines);
  });

  it('keeps the text-search order for the main results', () => {
    const ranked = [all[2], all[0]].filter((entry) => entry !== undefined);
    expect(directoryResults(ranked, everything, NO_FILTERS, { now }).results).toEqual(ranked);
  });
});
