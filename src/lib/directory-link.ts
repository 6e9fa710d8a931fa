/** Links into the directory with its URL filters (CONTRACTS.md: `region`, `lang`, repeated `type`). */

export function directoryHref(options: { region?: string | null; language?: string | null; serviceTypes: readonly string[] }): string {
  const query = new URLSearchParams();
  if (options.region) query.set('region', options.region);
  if (options.language) query.set('lang', options.language);
  for (const type of options.serviceTypes) query.append('type', type);
  const search = query.toString();
  return search ? `/directory?${search}` : '/directory';
}
