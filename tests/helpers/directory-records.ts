/**
 * Small, valid directory records and packs for tests (schemas in
 * src/shared/kinds/directory.ts). Fictional names and 555-01xx numbers (CONTENT.md).
 */
import type { ContentPack, PackRecord } from '../../src/shared/content-pack.ts';

const verification = { isVerified: false, source: 'test fixture' };

export function organizationRecord(id: string, name = 'Organisme fictif'): PackRecord {
  return {
    kind: 'organization',
    id,
    deleted: false,
    data: {
      name: { fr: name, en: `${name} (en)` },
      description: { fr: 'Un organisme inventé pour les tests.' },
      sector: 'immigration',
      phones: [{ number: '5145550100', type: 'voice', languages: ['fr'] }],
      verification,
      demo: true,
    },
  };
}

export function serviceRecord(id: string, organizationId: string, name = 'Service fictif', locationIds: string[] = []): PackRecord {
  return {
    kind: 'service',
    id,
    deleted: false,
    data: {
      organizationId,
      locationIds,
      name: { fr: name },
      description: { fr: 'Un service inventé pour les tests.' },
      status: 'active',
      sector: 'violence',
      serviceTypes: ['help-line'],
      phones: [{ number: '5145550101', type: 'voice', languages: ['fr', 'en'] }],
      isAlwaysOpen: true,
      languagesSpoken: ['fr', 'en'],
      isWheelchairAccessible: true,
      acceptsChildren: true,
      acceptsPets: false,
      isStatusRequired: false,
      isFree: true,
      remote: { phone: true, video: false, text: false },
      regionsServed: ['06'],
      isProvinceWide: false,
      verification,
      demo: true,
    },
  };
}

export type Visibility = 'public' | 'city' | 'confidential';

/** A location given to the server WITH its full address, whatever its visibility. */
export function locationRecord(id: string, organizationId: string, visibility: Visibility = 'public', street = '123, rue Fictive'): PackRecord {
  return {
    kind: 'location',
    id,
    deleted: false,
    data: {
      organizationId,
      region: '06',
      addressVisibility: visibility,
      city: 'Montréal',
      address: { address1: street, postalCode: 'H2X 1Y4' },
      latitude: 45.512345,
      longitude: -73.567891,
      demo: true,
    },
  };
}

export function deletion(kind: PackRecord['kind'], id: string): PackRecord {
  return { kind, id, deleted: true, data: null };
}

export function pack(name: string, records: PackRecord[], version = '1'): ContentPack {
  return { manifest: { name, version, created: '2026-11-26T12:00:00Z', source: 'tests' }, records };
}

/** `count` services of one organisation, with ids derived from `prefix` (a hex digit or two). */
export function directoryPack(name: string, count: number, prefix = 'a'): ContentPack {
  const orgId = uuidFrom(prefix, 0);
  const records: PackRecord[] = [organizationRecord(orgId)];
  for (let index = 1; index <= count; index += 1) records.push(serviceRecord(uuidFrom(prefix, index), orgId, `Service ${index}`));
  return pack(name, records);
}

/** A valid UUID (version 4 layout) made from a short prefix and a number, stable across runs. */
export function uuidFrom(prefix: string, index: number): string {
  const hex = `${prefix}${index.toString(16)}`.padStart(12, '0').slice(-12);
  return `00000000-0000-4000-8000-${hex}`;
}
