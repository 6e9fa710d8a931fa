/**
 * The benchmark's fixed queries, in fr, en, es, ar and zh (plus fa), built from the
 * generated directory itself so that each has a small set of records that truly answer
 * it ("relevant"). A method scores a hit when one of its first five results is relevant.
 * Queries are typed the way people type: without accents, with a typo, in Chinese
 * without spaces, in Arabic without hamza.
 */
import { NAME_WORDS } from '../../../src/content/directory/names.ts';
import type { ContentPack } from '../../../src/shared/content-pack.ts';
import type { LocationData, ServiceData, ServiceType } from '../../../src/shared/kinds/directory.ts';

export interface BenchQuery {
  lang: string;
  text: string;
  /** What the query asks for, in words, for the table. */
  intent: string;
  relevant: string[];
}

const LANGUAGE_INDEX = { fr: 0, en: 1, es: 2, ar: 3, zh: 4, fa: 5 } as const;
type TextLanguage = keyof typeof LANGUAGE_INDEX;

interface Spec {
  lang: TextLanguage;
  type: ServiceType;
  /** Builds the query from the fictional name word (in the query's language) and the city. */
  make: (word: string, city: string | null) => string;
  /** True when the city is part of what is asked. */
  byCity: boolean;
}

const strip = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The distinctive noun of a fictional name: "La Mésange" → "Mésange". */
const noun = (word: string) => word.replace(/^(Le |La |L’|The |El |Los |Las )/u, '');

const SPECS: readonly Spec[] = [
  { lang: 'fr', type: 'bridge-organization', make: (word, city) => strip(`${noun(word)} ${city}`), byCity: true },
  { lang: 'fr', type: 'emergency-shelter', make: (word) => `hebergemnt ${strip(noun(word))}`, byCity: false },
  { lang: 'en', type: 'sexual-assault-centre', make: (word, city) => `${noun(word)} sexual assault ${city}`, byCity: true },
  { lang: 'en', type: 'legal', make: (word) => `legal clinc ${noun(word).toLowerCase()}`, byCity: false },
  { lang: 'es', type: 'emergency-shelter', make: (word) => strip(`refugio ${noun(word)}`), byCity: false },
  { lang: 'es', type: 'bridge-organization', make: (word, city) => strip(`acogida ${noun(word)} ${city}`), byCity: true },
  { lang: 'ar', type: 'emergency-shelter', make: (word) => `ايواء ${word}`, byCity: false },
  { lang: 'ar', type: 'legal', make: (word) => `عيادة قانونية ${word}`, byCity: false },
  { lang: 'zh', type: 'emergency-shelter', make: (word) => `${word}庇护所`, byCity: false },
  { lang: 'zh', type: 'interpretation', make: (word) => `${word}口译`, byCity: false },
  { lang: 'fa', type: 'emergency-shelter', make: (word) => `خانه امن ${word}`, byCity: false },
];

/** The queries for `pack`, each aimed at one of its services and every service like it. */
export function benchQueries(pack: ContentPack): BenchQuery[] {
  const locations = new Map(pack.records.filter((record) => record.kind === 'location').map((record) => [record.id, record.data as LocationData]));
  const services = pack.records
    .filter((record) => record.kind === 'service')
    .map((record) => {
      const data = record.data as ServiceData;
      const place = locations.get(data.locationIds[0] ?? '');
      const wordIndex = NAME_WORDS.findIndex((word) => (data.name.fr ?? '').includes(`— ${word[0]} (`));
      return { id: record.id, data, city: place?.addressVisibility === 'confidential' ? null : (place?.city ?? null), wordIndex };
    });
  return SPECS.map((spec, specIndex) => {
    // A target a little into the pack, different for each query.
    const candidates = services.filter((service) => service.data.serviceTypes.includes(spec.type) && service.wordIndex >= 0 && (!spec.byCity || (service.city && service.city !== 'Montréal' && service.city !== 'Laval')));
    const target = candidates[(specIndex * 37) % candidates.length];
    if (!target) throw new Error(`no target for ${spec.lang} ${spec.type}`);
    const word = NAME_WORDS[target.wordIndex]?.[LANGUAGE_INDEX[spec.lang]] ?? '';
    const relevant = services
      .filter((service) => service.wordIndex === target.wordIndex && service.data.serviceTypes.includes(spec.type) && (!spec.byCity || service.city === target.city))
      .map((service) => service.id);
    return { lang: spec.lang, text: spec.make(word, target.city), intent: `${spec.type}${spec.byCity ? ` in ${target.city}` : ''}`, relevant };
  });
}
