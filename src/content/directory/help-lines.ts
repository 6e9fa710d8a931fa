/**
 * The province-wide help lines (`help-lines-data.ts`) as a content pack: an organization
 * and a remote service per line, province-wide, with its verification (CONTENT.md).
 */
import type { ContentPack } from '../../shared/content-pack.ts';
import type { OrganizationData, ServiceData } from '../../shared/kinds/directory.ts';
import { HELP_LINE_ENTRIES, HELP_LINES_VERIFIED, type HelpLine } from './help-lines-data.ts';
import { stableUuid } from './random.ts';

export { HELP_LINES_VERIFIED } from './help-lines-data.ts';

const UNVERIFIED_SOURCE = 'Not verified by Passerelle: named in design/CONTENT.md without a verified number; no number is published.';

function verification(line: HelpLine): OrganizationData['verification'] {
  return line.source
    ? { isVerified: true, lastVerified: HELP_LINES_VERIFIED, source: line.source }
    : { isVerified: false, source: UNVERIFIED_SOURCE };
}

/** The help lines as a content pack (kinds organization and service; no locations: they are remote). */
export function helpLinesPack(): ContentPack {
  const records: ContentPack['records'] = [];
  for (const line of HELP_LINE_ENTRIES) {
    const organizationId = stableUuid(`help-lines:organization:${line.key}`);
    const organization: OrganizationData = {
      name: line.organization,
      description: line.description,
      sector: line.sector,
      phones: line.phones,
      verification: verification(line),
      demo: false,
    };
    const service: ServiceData = {
      organizationId,
      locationIds: [],
      name: line.name,
      description: line.description,
      status: 'active',
      sector: line.sector,
      serviceTypes: line.serviceTypes,
      phones: line.phones,
      schedules: line.isAlwaysOpen ? [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '00:00', closesAt: '24:00', timezone: 'America/Toronto' }] : [],
      isAlwaysOpen: line.isAlwaysOpen,
      languagesSpoken: line.languagesSpoken,
      interpretationLanguages: [],
      isInterpretationAdaptedToViolence: false,
      isWheelchairAccessible: false,
      acceptsChildren: line.acceptsChildren,
      acceptsPets: false,
      isStatusRequired: false,
      isFree: line.isFree,
      remote: { phone: line.phones.length > 0, video: false, text: false },
      regionsServed: [],
      isProvinceWide: true,
      verification: verification(line),
      demo: false,
    };
    records.push({ kind: 'organization', id: organizationId, deleted: false, data: organization });
    records.push({ kind: 'service', id: stableUuid(`help-lines:service:${line.key}`), deleted: false, data: service });
  }
  return {
    manifest: {
      name: 'help-lines',
      version: HELP_LINES_VERIFIED.replaceAll('-', '.'),
      created: `${HELP_LINES_VERIFIED}T00:00:00Z`,
      source: 'Province-wide help lines verified by the Passerelle team on 2026-11-26 (design/CONTENT.md).',
    },
    records,
  };
}
