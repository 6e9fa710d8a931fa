/**
 * What the search index holds for one service: its name, its organisation, its types,
 * its places and its descriptions, in every language the records carry.
 */
import type { SearchField } from '../../../lib/search/index.ts';
import type { OrganizationData, ServiceData } from '../../../shared/kinds/directory.ts';
import type { LocalizedText } from '../../../shared/localized.ts';
import { findRegion } from '../../../shared/regions.ts';
import type { LocatedData } from '../model.ts';
import { SECTOR_KEYWORDS, SERVICE_TYPE_KEYWORDS } from '../search-keywords.ts';

const allLanguages = (text: LocalizedText | undefined): string[] => (text ? Object.values(text) : []);

export function searchFields(service: ServiceData, organization: OrganizationData | undefined, locations: readonly LocatedData[]): SearchField[] {
  const places = locations.filter((location) => service.locationIds.includes(location.id)).map((location) => location.data);
  const regionCodes = new Set([...places.map((place) => place.region), ...service.regionsServed]);
  const regionNames = [...regionCodes].flatMap((code) => {
    const region = findRegion(code);
    return region ? [region.name, region.referenceCity] : [];
  });
  // A confidential place gives only its region (SAFETY.md rule 6): its city is never indexed.
  const cities = places.flatMap((place) => (place.addressVisibility !== 'confidential' && place.city ? [place.city] : []));
  return [
    { text: allLanguages(service.name), weight: 'name' },
    { text: [...allLanguages(organization?.name), ...(organization?.alternateName ? [organization.alternateName] : [])], weight: 'secondary' },
    { text: service.serviceTypes.flatMap((type) => SERVICE_TYPE_KEYWORDS[type]), weight: 'secondary' },
    { text: [...regionNames, ...cities], weight: 'place' },
    {
      text: [...allLanguages(service.description), ...allLanguages(organization?.description), ...SECTOR_KEYWORDS[service.sector]],
      weight: 'description',
    },
  ];
}
