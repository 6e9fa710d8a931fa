/** Links into the directory with its URL filters (CONTRACTS.md: `region`, `lang`, repeated `type`). */
import { hrefWithSearch } from './neutral-query.ts';

/** In discreet mode the filters go in the address as one opaque parameter (SAFETY.md rule 7). */
export function directoryHref(
  options: { region?: string | null; language?: string | null; serviceTypes: readonly string[] },
  isDiscreet = false,
): string {
  const query = new URLSearchParams();
  if (options.region) query.set('region', options.region);
  if (options.language) query.set('lang', options.language);
  for (const type of options.serviceTypes) query.append('type', type);
  return hrefWithSearch('/directory', query.toString(), isDiscreet);
}
