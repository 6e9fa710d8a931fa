/** Published data the case screens pick from: languages, services, checklists, the current guide revisions. */
import { db, useLiveQuery } from '../../../lib/db.ts';
import { AVAILABLE_LANGUAGES } from '../../../lib/i18n/languages.ts';
import { type ValidRecord, validRecords } from '../../../lib/published-records.ts';

export interface LanguageOption {
  code: string;
  name: string;
}

/** Languages Passerelle has text in: the guides' woman-facing languages and the interface languages. */
export function useLanguageOptions(): LanguageOption[] {
  const fromGuides =
    useLiveQuery(async () => validRecords('guide', await db.guide.toArray()).flatMap((guide) => guide.data.womanLanguages), []) ?? [];
  const options = new Map<string, LanguageOption>();
  for (const language of [...fromGuides, ...AVAILABLE_LANGUAGES]) {
    if (!options.has(language.code)) options.set(language.code, { code: language.code, name: language.name });
  }
  return [...options.values()];
}

export function useServices(): ValidRecord<'service'>[] | undefined {
  return useLiveQuery(async () => validRecords('service', await db.service.toArray()), []);
}

export function useChecklists(): ValidRecord<'checklist'>[] {
  return useLiveQuery(async () => validRecords('checklist', await db.checklist.toArray()), []) ?? [];
}

/** The revision of each guide on the device, by id. */
export function useGuideRevisions(): ReadonlyMap<string, number> {
  return (
    useLiveQuery(async () => new Map(validRecords('guide', await db.guide.toArray()).map((guide) => [guide.id, guide.data.revision])), []) ??
    new Map()
  );
}
