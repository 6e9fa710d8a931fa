/** Small valid directory records for tests, each overridable field by field. */
import { toDirectoryEntry, type DirectoryEntry, type LocatedData } from '../../../src/features/directory/model.ts';
import type { LocationData, OrganizationData, ServiceData } from '../../../src/shared/kinds/directory.ts';

export const ORG_ID = '11111111-1111-8111-8111-111111111111';

export function makeOrganization(overrides: Partial<OrganizationData> = {}): OrganizationData {
  return {
    name: { fr: 'Organisme test (démo)', en: 'Test organisation (demo)' },
    description: { fr: 'Un organisme de test.', en: 'A test organisation.' },
    sector: 'violence',
    phones: [],
    verification: { isVerified: true, lastVerified: '2026-10-01', source: 'test' },
    demo: true,
    ...overrides,
  };
}

export function makeService(overrides: Partial<ServiceData> = {}): ServiceData {
  return {
    organizationId: ORG_ID,
    locationIds: [],
    name: { fr: 'Service test', en: 'Test service' },
    description: { fr: 'Description.', en: 'Description.' },
    status: 'active',
    sector: 'violence',
    serviceTypes: ['emergency-shelter'],
    phones: [{ number: '5145550100', type: 'voice', languages: [] }],
    schedules: [],
    isAlwaysOpen: false,
    languagesSpoken: ['fr'],
    interpretationLanguages: [],
    isInterpretationAdaptedToViolence: false,
    isWheelchairAccessible: false,
    acceptsChildren: false,
    acceptsPets: false,
    isStatusRequired: false,
    isFree: true,
    remote: { phone: false, video: false, text: false },
    regionsServed: ['06'],
    isProvinceWide: false,
    verification: { isVerified: true, lastVerified: '2026-10-01', source: 'test' },
    demo: true,
    ...overrides,
  };
}

export function makeLocation(overrides: Partial<LocationData> = {}): LocationData {
  return { organizationId: ORG_ID, region: '06', addressVisibility: 'confidential', demo: true, ...overrides };
}

let counter = 0;

/** An entry for a service (and its places), with a fresh id unless one is given. */
export function makeEntry(
  overrides: Partial<ServiceData> = {},
  places: LocatedData[] = [],
  id = `00000000-0000-8000-8000-${String(++counter).padStart(12, '0')}`,
): DirectoryEntry {
  return toDirectoryEntry(id, makeService({ locationIds: places.map((place) => place.id), ...overrides }), makeOrganization(), places);
}
