// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEMO_GAPS,
  demoDirectoryPack,
  generateDemoDirectory,
  helpLinesPack,
} from '../../../src/content/directory/index.ts';
import { contentPackSchema } from '../../../src/shared/content-pack.ts';
import { SECTORS, SERVICE_TYPES, type LocationData, type ServiceData } from '../../../src/shared/kinds/directory.ts';
import { validateRecordData } from '../../../src/shared/record-schemas.ts';
import { REGION_CODES } from '../../../src/shared/regions.ts';

const pack = demoDirectoryPack();
const services = pack.records.filter((record) => record.kind === 'service').map((record) => record.data as ServiceData);
const locations = new Map(
  pack.records.filter((record) => record.kind === 'location').map((record) => [record.id, record.data as LocationData]),
);

function regionsOf(service: ServiceData): string[] {
  return [...service.regionsServed, ...service.locationIds.map((id) => locations.get(id)?.region ?? '')];
}

/** Every phone number found anywhere in a record, however it is nested. */
function phoneNumbers(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(phoneNumbers);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => (key === 'number' && typeof child === 'string' ? [child] : phoneNumbers(child)));
  }
  return [];
}

describe('the demo directory generator', () => {
  it('gives exactly the same pack for the same seed and size', () => {
    expect(JSON.stringify(generateDemoDirectory({ services: 120, seed: 7 }))).toBe(
      JSON.stringify(generateDemoDirectory({ services: 120, seed: 7 })),
    );
  });

  it('gives different ids for a different seed', () => {
    const first = generateDemoDirectory({ services: 10, seed: 1 }).records[0]?.id;
    const second = generateDemoDirectory({ services: 10, seed: 2 }).records[0]?.id;
    expect(first).not.toBe(second);
  });

  it('makes a larger pack a superset of a smaller one with the same seed, so imports update in place', () => {
    const small = generateDemoDirectory({ services: 50 });
    const large = new Map(generateDemoDirectory({ services: 500 }).records.map((record) => [record.id, JSON.stringify(record)]));
    for (const record of small.records) expect(large.get(record.id)).toBe(JSON.stringify(record));
  });

  it('generates exactly the number of services asked for, with unique ids', () => {
    const generated = generateDemoDirectory({ services: 1234 });
    expect(generated.records.filter((record) => record.kind === 'service')).toHaveLength(1234);
    expect(new Set(generated.records.map((record) => record.id)).size).toBe(generated.records.length);
  });

  it('produces a valid content pack whose every record passes its shared schema', () => {
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    for (const record of pack.records) {
      const result = validateRecordData(record.kind, record.data);
      expect(result.success, `${record.kind} ${record.id}: ${JSON.stringify(result)}`).toBe(true);
    }
  });

  it('marks every record as demo data', () => {
    for (const record of pack.records) expect((record.data as { demo: boolean }).demo).toBe(true);
  });

  it('covers all 17 regions, all six sectors and every service type', () => {
    expect(new Set(services.flatMap(regionsOf))).toEqual(new Set(REGION_CODES));
    expect(new Set(services.map((service) => service.sector))).toEqual(new Set(SECTORS));
    expect(new Set(services.flatMap((service) => service.serviceTypes))).toEqual(new Set(SERVICE_TYPES));
  });

  it('offers every service type in every region except the documented gaps', () => {
    for (const region of REGION_CODES) {
      for (const type of SERVICE_TYPES) {
        const hasIt = services.some((service) => service.serviceTypes.includes(type) && regionsOf(service).includes(region));
        const isGap = DEMO_GAPS[region]?.includes(type) ?? false;
        expect(hasIt, `${type} in region ${region}`).toBe(!isGap);
      }
    }
  });

  it('leaves Nord-du-Québec without a shelter so that the nearest-region path is exercised', () => {
    const shelters = services.filter((service) => service.serviceTypes.includes('emergency-shelter'));
    expect(shelters.some((service) => regionsOf(service).includes('10'))).toBe(false);
  });

  it('uses only the fictional 555-0100 to 555-0199 phone numbers', () => {
    const numbers = generateDemoDirectory({ services: 2000 }).records.flatMap((record) => phoneNumbers(record.data));
    expect(numbers.length).toBeGreaterThan(2000);
    for (const number of numbers) expect(number).toMatch(/^\d{3}55501\d{2}$/);
  });

  it('keeps shelter locations confidential, with neither address, city nor coordinates', () => {
    const shelterLocations = services
      .filter((service) => service.serviceTypes.includes('emergency-shelter') || service.serviceTypes.includes('second-stage-housing'))
      .flatMap((service) => service.locationIds.map((id) => locations.get(id)));
    expect(shelterLocations.length).toBeGreaterThan(20);
    for (const location of shelterLocations) {
      expect(location?.addressVisibility).toBe('confidential');
      expect(location).not.toHaveProperty('address');
      expect(location).not.toHaveProperty('city');
      expect(location).not.toHaveProperty('latitude');
      expect(location).not.toHaveProperty('longitude');
    }
  });

  it('mixes public, city-only and confidential locations, with plausible public addresses', () => {
    const visibilities = new Set([...locations.values()].map((location) => location.addressVisibility));
    expect(visibilities).toEqual(new Set(['public', 'city', 'confidential']));
    const publicOne = [...locations.values()].find((location) => location.addressVisibility === 'public');
    expect(publicOne?.address?.postalCode).toMatch(/^[A-Z]\d[A-Z] \d[A-Z]\d$/);
    expect(publicOne?.city).toBeTruthy();
  });

  it('has 24/7, evening, weekend and overnight hours', () => {
    expect(services.some((service) => service.isAlwaysOpen)).toBe(true);
    const slots = services.flatMap((service) => service.schedules);
    expect(slots.some((slot) => slot.closesAt < slot.opensAt)).toBe(true);
    expect(slots.some((slot) => slot.opensAt >= '17:00' && slot.closesAt > slot.opensAt)).toBe(true);
    expect(slots.some((slot) => slot.byday.includes('SA') && !slot.byday.includes('MO'))).toBe(true);
  });

  it('distinguishes languages spoken by staff from interpretation, beyond the 16 app languages', () => {
    const spoken = new Set(services.flatMap((service) => service.languagesSpoken));
    const interpreted = new Set(services.flatMap((service) => service.interpretationLanguages));
    for (const code of ['fr', 'en', 'es', 'ar', 'fa', 'zh', 'ht']) expect(spoken.has(code) || interpreted.has(code)).toBe(true);
    expect([...interpreted].some((code) => ['sw', 'ti', 'ln', 'am', 'so', 'wo'].includes(code))).toBe(true);
    expect(services.some((service) => service.isInterpretationAdaptedToViolence)).toBe(true);
    for (const service of services) {
      for (const code of service.interpretationLanguages) expect(service.languagesSpoken).not.toContain(code);
    }
  });

  it('generates 10,000 services for benchmarks', () => {
    const large = generateDemoDirectory({ services: 10_000 });
    expect(large.records.filter((record) => record.kind === 'service')).toHaveLength(10_000);
  });
});

describe('the help lines pack', () => {
  const lines = helpLinesPack();
  const lineServices = lines.records.filter((record) => record.kind === 'service').map((record) => record.data as ServiceData);

  it('is real data: valid, not demo, province-wide and reachable remotely', () => {
    expect(contentPackSchema.safeParse(lines).success).toBe(true);
    for (const record of lines.records) {
      expect(validateRecordData(record.kind, record.data).success).toBe(true);
      expect((record.data as { demo: boolean }).demo).toBe(false);
    }
    for (const service of lineServices) expect(service.isProvinceWide).toBe(true);
  });

  it('publishes the verified numbers with their source and the 2026-11-26 verification date', () => {
    const numbers = lineServices.flatMap((service) => service.phones.map((phone) => phone.number));
    expect(numbers).toEqual(
      expect.arrayContaining(['911', '18003639010', '18889339007', '5149339007', '811', '18662773553', '18002632266', '18882422100']),
    );
    for (const service of lineServices.filter((line) => line.phones.length > 0)) {
      expect(service.verification).toMatchObject({ isVerified: true, lastVerified: '2026-11-26' });
      expect(service.verification.source.length).toBeGreaterThan(10);
      // Readers see the source: it names who checked, never a file of ours.
      expect(service.verification.source).not.toMatch(/\.md|design\//);
    }
  });

  it('never publishes a number for an unverified line', () => {
    const unverified = lineServices.filter((service) => !service.verification.isVerified);
    expect(unverified.length).toBeGreaterThan(0);
    for (const service of unverified) {
      expect(service.phones).toEqual([]);
      expect(service.remote.phone).toBe(false);
    }
  });
});

describe('the gaps of the large demo directory', () => {
  it('hold at 10,000 services too, companions included', () => {
    const large = generateDemoDirectory({ services: 10_000 });
    const largeLocations = new Map(large.records.filter((record) => record.kind === 'location').map((record) => [record.id, record.data as LocationData]));
    for (const record of large.records) {
      if (record.kind !== 'service') continue;
      const service = record.data as ServiceData;
      for (const region of [...service.regionsServed, ...service.locationIds.map((id) => largeLocations.get(id)?.region)]) {
        if (!region) continue;
        for (const type of service.serviceTypes) expect(DEMO_GAPS[region]?.includes(type) ?? false, `${type} in ${region}`).toBe(false);
      }
    }
  });
});
