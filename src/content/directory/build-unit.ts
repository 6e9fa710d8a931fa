/**
 * One demo organisation with its location(s) and service(s). Everything is derived from
 * the seed and the organisation's index, so the same input always gives the same records.
 */
import type {
  AddressVisibility,
  LocationData,
  OrganizationData,
  Phone,
  ServiceData,
  ServiceType,
} from '../../shared/kinds/directory.ts';
import type { LocalizedText } from '../../shared/localized.ts';
import { findRegion, type RegionCode } from '../../shared/regions.ts';
import { DEMO_REGIONS, POSTAL_LETTERS, STREETS, type DemoCity } from './geography.ts';
import { makeHours } from './hours.ts';
import { drawLanguages } from './languages.ts';
import { DEMO_MARKER, NAME_WORDS, TEXT_LANGUAGES, type Texts } from './names.ts';
import { DEMO_ABSENT_LANGUAGES, isGap, type UnitPlan } from './plan.ts';
import { TYPE_PROFILES } from './profiles.ts';
import { Random, stableUuid } from './random.ts';

/** The day the demo data pretends to be checked against; verification dates count back from it. */
export const DEMO_REFERENCE_DATE = '2026-11-26';
const DEMO_SOURCE = 'Fictional record generated for demonstration (Passerelle demo directory); no real organisation.';

const ORG_DESCRIPTION: Texts = [
  'Organisme fictif créé pour démontrer Passerelle. Ses coordonnées n’existent pas.',
  'Fictional organisation created to demonstrate Passerelle. Its contact details do not exist.',
  'Organismo ficticio creado para demostrar Passerelle. Sus datos de contacto no existen.',
  'منظمة وهمية أُنشئت لعرض Passerelle. بيانات الاتصال بها غير موجودة.',
  '为演示 Passerelle 而虚构的机构，其联系方式并不存在。',
  'سازمانی خیالی که برای نمایش Passerelle ساخته شده است. اطلاعات تماس آن واقعی نیست.',
];

const ELIGIBILITY: Partial<Record<ServiceType, LocalizedText>> = {
  'emergency-shelter': { fr: 'Femmes victimes de violence conjugale, avec ou sans enfants.', en: 'Women experiencing intimate partner violence, with or without children.' },
  'second-stage-housing': { fr: 'Femmes ayant séjourné en maison d’hébergement, et leurs enfants.', en: 'Women who stayed in a shelter, and their children.' },
  'sexual-assault-centre': { fr: 'Femmes et adolescentes de 14 ans et plus.', en: 'Women and girls aged 14 and over.' },
  'mens-services': { fr: 'Hommes adultes, sur une base volontaire ou sur référence.', en: 'Adult men, voluntarily or on referral.' },
};

export interface DemoRecord {
  kind: 'organization' | 'service' | 'location';
  id: string;
  deleted: false;
  data: OrganizationData | ServiceData | LocationData;
}

function localized(parts: readonly (Texts | string)[]): LocalizedText {
  const text: LocalizedText = {};
  for (const [index, lng] of TEXT_LANGUAGES.entries()) {
    text[lng] = parts.map((part) => (typeof part === 'string' ? part : part[index])).join(' ');
  }
  return text;
}

function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

function fictionalPhone(random: Random, areaCodes: readonly string[], type: Phone['type'], languages: string[]): Phone {
  // 555-0100 to 555-0199 are reserved for fiction in North America.
  const number = `${random.pick(areaCodes)}55501${String(random.int(0, 99)).padStart(2, '0')}`;
  return { number, type, languages };
}

function postalCode(random: Random, prefix: string): string {
  const letter = () => POSTAL_LETTERS.charAt(random.int(0, POSTAL_LETTERS.length - 1));
  return `${prefix} ${random.int(0, 9)}${letter()}${random.int(0, 9)}`;
}

function makeLocation(random: Random, organizationId: string, region: RegionCode, visibility: AddressVisibility, demoCity: DemoCity): LocationData {
  const reference = findRegion(region);
  if (!reference) throw new Error(`unknown region ${region}`);
  const base = { organizationId, region, addressVisibility: visibility, isWheelchairAccessible: random.chance(0.6), demo: true };
  // SAFETY.md rule 6: a confidential location carries its region only.
  if (visibility === 'confidential') return base;
  const latitude = reference.latitude + (random.next() - 0.5) * 0.24;
  const longitude = reference.longitude + (random.next() - 0.5) * 0.24;
  if (visibility === 'city') {
    return { ...base, city: demoCity.name, latitude: Math.round(latitude * 100) / 100, longitude: Math.round(longitude * 100) / 100 };
  }
  return {
    ...base,
    city: demoCity.name,
    address: { address1: `${random.int(10, 9800)}, ${random.pick(STREETS)}`, postalCode: postalCode(random, demoCity.postalPrefix) },
    latitude: Math.round(latitude * 10000) / 10000,
    longitude: Math.round(longitude * 10000) / 10000,
  };
}

interface UnitContext {
  seed: number;
  unit: number;
  plan: UnitPlan;
  random: Random;
  organizationId: string;
  locationId: string;
  demoCity: DemoCity;
  word: Texts;
}

function makeService(context: UnitContext, type: ServiceType, index: number): ServiceData {
  const { random, plan, demoCity } = context;
  const profile = TYPE_PROFILES[type];
  const region = DEMO_REGIONS[plan.region];
  const absent = DEMO_ABSENT_LANGUAGES[plan.region] ?? [];
  const timezone = demoCity.timezone ?? 'America/Toronto';
  const hours = makeHours(random.pick(profile.hours), random, timezone);

  const isDiverse = region.weight >= 8;
  const spoken = ['fr'];
  if (isDiverse || random.chance(0.75)) spoken.push('en');
  if (region.localLanguages.length > 0 && random.chance(0.25)) spoken.push(random.pick(region.localLanguages));
  const extra = random.int(0, isDiverse ? 4 : 1) + (type === 'bridge-organization' ? 2 : 0);
  spoken.push(...drawLanguages(random, extra, [...spoken, ...absent]));

  const hasInterpretation = random.chance(profile.interpretation.chance);
  const interpretation = hasInterpretation
    ? drawLanguages(random, random.int(...profile.interpretation.count), [...spoken, ...absent])
    : [];
  const remote = {
    phone: random.chance(profile.remote.phone),
    video: random.chance(profile.remote.video),
    text: random.chance(profile.remote.text),
  };
  const phones = [fictionalPhone(random, region.areaCodes, 'voice', spoken.slice(0, 3))];
  if (remote.text) phones.push(fictionalPhone(random, region.areaCodes, 'text', ['fr']));
  const nameWord: Texts | string = profile.byCity ? demoCity.name : context.word;
  const slug = `${slugify(context.word[0])}-${context.unit.toString(36)}`;
  const lastVerified = daysBefore(DEMO_REFERENCE_DATE, random.int(0, 900));
  const isVerified = random.chance(0.95);
  const eligibility = ELIGIBILITY[type];
  const hasCapacity = type === 'emergency-shelter' && random.chance(0.6);
  const total = random.int(6, 24);

  return {
    organizationId: context.organizationId,
    locationIds: plan.isProvinceWide && random.chance(0.5) ? [] : [context.locationId],
    name: localized([profile.serviceName, '—', nameWord, DEMO_MARKER]),
    description: localized([profile.description]),
    status: random.chance(0.02) ? 'temporarily closed' : 'active',
    sector: profile.sector,
    serviceTypes: [type],
    phones,
    ...(random.chance(0.7) ? { email: `${index === 0 ? 'info' : 'services'}@${slug}.example` } : {}),
    ...(random.chance(0.5) ? { website: `https://${slug}.example/` } : {}),
    schedules: hours.schedules,
    isAlwaysOpen: hours.isAlwaysOpen,
    languagesSpoken: spoken,
    interpretationLanguages: interpretation,
    isInterpretationAdaptedToViolence: interpretation.length > 0 && profile.interpretation.adapted && random.chance(0.85),
    isWheelchairAccessible: random.chance(0.55),
    acceptsChildren: random.chance(profile.acceptsChildren),
    acceptsPets: random.chance(type === 'emergency-shelter' ? 0.2 : 0.05),
    isStatusRequired: random.chance(type === 'health-social' || type === 'legal' ? 0.35 : 0.05),
    isFree: random.chance(0.92),
    remote,
    regionsServed: plan.isProvinceWide ? [] : [plan.region],
    isProvinceWide: plan.isProvinceWide,
    ...(eligibility ? { eligibility } : {}),
    ...(hasCapacity
      ? { capacity: { available: random.int(0, Math.min(4, total)), total, asOf: `${DEMO_REFERENCE_DATE}T0${random.int(6, 9)}:00:00-05:00` } }
      : {}),
    verification: isVerified ? { isVerified, lastVerified, source: DEMO_SOURCE } : { isVerified, source: DEMO_SOURCE },
    demo: true,
  };
}

/** The records of demo organisation number `unit`: the organisation, its location, then 1 to 3 services. */
export function buildUnit(seed: number, unit: number, plan: UnitPlan, maxServices: number): DemoRecord[] {
  const random = new Random(`unit:${seed}:${unit}`);
  const profile = TYPE_PROFILES[plan.type];
  const region = DEMO_REGIONS[plan.region];
  const demoCity = random.pick(region.cities);
  const word = random.pick(NAME_WORDS);
  const context: UnitContext = {
    seed,
    unit,
    plan,
    random,
    organizationId: stableUuid(`demo-directory:${seed}:organization:${unit}`),
    locationId: stableUuid(`demo-directory:${seed}:location:${unit}`),
    demoCity,
    word,
  };
  const visibility: AddressVisibility =
    profile.visibility === 'mixed' ? random.pick(['public', 'public', 'city'] as const) : profile.visibility;
  const organization: OrganizationData = {
    name: localized([profile.orgPrefix, profile.byCity ? demoCity.name : word, DEMO_MARKER]),
    description: localized([ORG_DESCRIPTION]),
    sector: profile.sector,
    phones: [fictionalPhone(random, region.areaCodes, 'voice', ['fr'])],
    verification: { isVerified: true, lastVerified: daysBefore(DEMO_REFERENCE_DATE, random.int(0, 700)), source: DEMO_SOURCE },
    demo: true,
  };
  const types: ServiceType[] = [plan.type];
  for (const companion of profile.companions) {
    // Drawn even when refused, so that the gap rule never shifts the rest of the sequence.
    const isWanted = random.chance(0.35);
    if (isWanted && types.length < 3 && !isGap(plan.region, companion)) types.push(companion);
  }
  const records: DemoRecord[] = [
    { kind: 'organization', id: context.organizationId, deleted: false, data: organization },
    { kind: 'location', id: context.locationId, deleted: false, data: makeLocation(random, context.organizationId, plan.region, visibility, demoCity) },
  ];
  for (const [index, type] of types.slice(0, maxServices).entries()) {
    const id = stableUuid(`demo-directory:${seed}:service:${unit}:${index}`);
    records.push({ kind: 'service', id, deleted: false, data: makeService(context, type, index) });
  }
  return records;
}
