/**
 * The resource directory: organization, service, location — aligned with Open Referral
 * HSDS 3.0 (../shared/hsds) so that import and export can map field to field, plus the
 * extensions the action plan needs (sector, service types, interpretation adapted to
 * violence, address visibility, demo flag). Field names are camelCase here; the HSDS
 * mapping is `snake_case` of the same name where HSDS has the field.
 */
import { z } from 'zod';
import { languageCodeSchema } from '../language-schemas.ts';
import { localizedTextSchema } from '../localized.ts';
import { regionCodeSchema } from '../regions.ts';

export const SECTORS = ['immigration', 'violence', 'institutional', 'health-social', 'legal', 'community'] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

export const SERVICE_TYPES = [
  'emergency-shelter',
  'second-stage-housing',
  'sexual-assault-centre',
  'crime-victim-assistance',
  'bridge-organization',
  'interpretation',
  'legal',
  'police',
  'youth-protection',
  'health-social',
  'help-line',
  'mens-services',
  'community',
] as const;
export const serviceTypeSchema = z.enum(SERVICE_TYPES);
export type ServiceType = z.infer<typeof serviceTypeSchema>;

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

/** Who checked a record, when, and against what (shown as "last verified"). */
export const verificationSchema = z.object({
  /** False for a record nobody has checked yet; the UI says so. */
  isVerified: z.boolean(),
  lastVerified: isoDate.optional(),
  /** Where the facts come from: a URL, a document, "phone call with the organisation". */
  source: z.string().min(1).max(500),
});

export const phoneSchema = z.object({
  /** Digits as dialled in North America (`18003639010`, `911`), no spaces or signs. */
  number: z.string().regex(/^\d{3,15}$/, 'digits only, 3 to 15 of them'),
  extension: z.string().regex(/^\d{1,6}$/).optional(),
  type: z.enum(['voice', 'text', 'fax', 'tty']),
  description: localizedTextSchema.optional(),
  languages: z.array(languageCodeSchema).default([]),
});
export type Phone = z.infer<typeof phoneSchema>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM, 00:00 to 24:00');

/** One weekly opening: HSDS `schedule` with freq=WEEKLY. `closesAt` before `opensAt` runs past midnight. */
export const scheduleSchema = z.object({
  byday: z.array(z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).min(1),
  opensAt: timeOfDay,
  closesAt: timeOfDay,
  /** IANA zone; Québec is America/Toronto except the Magdalen Islands (America/Halifax). */
  timezone: z.string().default('America/Toronto'),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const organizationDataSchema = z.object({
  name: localizedTextSchema,
  alternateName: z.string().max(200).optional(),
  description: localizedTextSchema,
  sector: sectorSchema,
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  phones: z.array(phoneSchema).default([]),
  verification: verificationSchema,
  demo: z.boolean(),
});
export type OrganizationData = z.infer<typeof organizationDataSchema>;

export const serviceDataSchema = z.object({
  organizationId: z.uuid(),
  locationIds: z.array(z.uuid()).default([]),
  name: localizedTextSchema,
  description: localizedTextSchema,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  sector: sectorSchema,
  serviceTypes: z.array(serviceTypeSchema).min(1),
  phones: z.array(phoneSchema).default([]),
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  schedules: z.array(scheduleSchema).default([]),
  isAlwaysOpen: z.boolean(),
  /** Languages the staff speak. */
  languagesSpoken: z.array(languageCodeSchema).min(1),
  /** Languages available through an interpreter. */
  interpretationLanguages: z.array(languageCodeSchema).default([]),
  /** Interpreters trained for situations of violence (the action plan's inventory). */
  isInterpretationAdaptedToViolence: z.boolean().default(false),
  isWheelchairAccessible: z.boolean(),
  acceptsChildren: z.boolean(),
  acceptsPets: z.boolean(),
  isStatusRequired: z.boolean(),
  isFree: z.boolean(),
  remote: z.object({ phone: z.boolean(), video: z.boolean(), text: z.boolean() }),
  /** Administrative regions served; empty with `isProvinceWide`. */
  regionsServed: z.array(regionCodeSchema).default([]),
  isProvinceWide: z.boolean(),
  eligibility: localizedTextSchema.optional(),
  capacity: z
    .object({ available: z.number().int().min(0), total: z.number().int().min(0).optional(), asOf: isoDateTime })
    .optional(),
  verification: verificationSchema,
  demo: z.boolean(),
});
export type ServiceData = z.infer<typeof serviceDataSchema>;

export const ADDRESS_VISIBILITIES = ['public', 'city', 'confidential'] as const;
export const addressVisibilitySchema = z.enum(ADDRESS_VISIBILITIES);
export type AddressVisibility = z.infer<typeof addressVisibilitySchema>;

export const addressSchema = z.object({
  address1: z.string().min(1).max(200),
  address2: z.string().max(200).optional(),
  postalCode: z.string().regex(/^[A-Z]\d[A-Z] ?\d[A-Z]\d$/, 'a Canadian postal code such as H2X 1Y4'),
});

/**
 * A place. SAFETY.md rule 6: a `confidential` location carries no street, postal code or
 * coordinates at all (only its region); a `city` one carries its city and coordinates
 * rounded to about a kilometre. The refinement makes a device refuse anything else.
 */
export const locationDataSchema = z
  .object({
    organizationId: z.uuid(),
    name: localizedTextSchema.optional(),
    region: regionCodeSchema,
    addressVisibility: addressVisibilitySchema,
    city: z.string().min(1).max(100).optional(),
    address: addressSchema.optional(),
    latitude: z.number().min(44).max(63).optional(),
    longitude: z.number().min(-80).max(-57).optional(),
    isWheelchairAccessible: z.boolean().optional(),
    demo: z.boolean(),
  })
  .superRefine((location, context) => {
    if (location.addressVisibility === 'public') return;
    if (location.address) {
      context.addIssue({ code: 'custom', path: ['address'], message: `a ${location.addressVisibility} location has no street address` });
    }
    if (location.addressVisibility === 'confidential') {
      for (const field of ['city', 'latitude', 'longitude'] as const) {
        if (location[field] !== undefined) {
          context.addIssue({ code: 'custom', path: [field], message: 'a confidential location reveals only its region' });
        }
      }
    }
  });
export type LocationData = z.infer<typeof locationDataSchema>;

const roundToKilometre = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100) / 100);

/**
 * What may be published of a location: strips what its visibility hides. The server runs
 * every location through this before it is stored for publication (SAFETY.md rule 6).
 */
export function publishableLocation(location: Record<string, unknown>): Record<string, unknown> {
  const visibility = location.addressVisibility;
  if (visibility === 'public') return location;
  // Destructured to leave `address` out of `rest`.
  const { address, latitude, longitude, city, ...rest } = location;
  if (visibility === 'city') {
    return {
      ...rest,
      city,
      latitude: roundToKilometre(typeof latitude === 'number' ? latitude : undefined),
      longitude: roundToKilometre(typeof longitude === 'number' ? longitude : undefined),
    };
  }
  return rest;
}
