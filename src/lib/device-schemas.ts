/**
 * The zod schemas of the rows this device keeps about itself: its settings, the tablet
 * configuration and their localStorage copy. A corrupt row, or one written by a newer app
 * version, must fall back to safe defaults instead of crashing the app (issue "Bad input").
 *
 * Start-up reads these rows before the first render, from the entry chunk, which does not
 * carry zod (its 57 KB cost home's cold start ~100 ms on one core, issue 8): it validates with
 * `compiled-schemas.ts`, code generated from these schemas by `npm run schemas` and held
 * equal to them by tests/unit/lib/compiled-schemas.test.ts. Change a schema here, then run
 * `npm run schemas`.
 */
import * as z from 'zod/mini';
import {
  hasPinWhenEnabled,
  IDLE_MINUTES_MAX,
  IDLE_MINUTES_MIN,
  SETTINGS_SCHEMA_VERSION,
  SNAPSHOT_VERSION,
  TABLET_DOORS,
  TABLET_SCHEMA_VERSION,
  TEXT_SCALES,
} from './device-rules.ts';

export const deviceSettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** UI language; null until someone picks one (the browser's language is used meanwhile). */
  language: z.nullable(z.string().check(z.minLength(2), z.maxLength(20))),
  textScale: z.union(TEXT_SCALES.map((scale) => z.literal(scale))),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  /** False until the first-run set-up has been answered (or when it must run again). */
  isSetUp: z.boolean(),
  /** Neutral title and favicon, nothing revealing on screen (SAFETY.md rule 7). */
  isDiscreet: z.boolean(),
  /** Where quick exit goes when online; null means the local neutral page. */
  exitUrl: z.nullable(z.url({ protocol: /^https?$/ })),
  /** Quick exit shown large on every page (set-up: a device someone else may check). */
  isQuickExitProminent: z.boolean(),
  /** Referral cases may be kept on this device (off on a woman's own phone or a shared tablet). */
  areCasesAllowed: z.boolean(),
  /** Minutes of inactivity before the intervenor passphrase is asked again; null = never. */
  autoLockMinutes: z.nullable(z.int().check(z.minimum(1), z.maximum(240))),
});
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

/** The organisation PIN as stored: never the PIN itself (PBKDF2-SHA-256, random salt). */
export const pinHashSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().check(z.minimum(1_000), z.maximum(10_000_000)),
  /** base64 of the random salt */
  salt: z.string().check(z.minLength(16), z.maxLength(200)),
  /** base64 of the derived bits */
  hash: z.string().check(z.minLength(32), z.maxLength(200)),
});
export type PinHash = z.infer<typeof pinHashSchema>;

/** Wrong-PIN counter, kept on the device so that a reload does not reset the delay. */
export const pinAttemptsSchema = z.object({
  failures: z.int().check(z.minimum(0)),
  /** Epoch milliseconds before which no PIN is checked. */
  nextAllowedAt: z.number().check(z.minimum(0)),
});
export type PinAttempts = z.infer<typeof pinAttemptsSchema>;

export const tabletConfigSchema = z
  .object({
    schemaVersion: z.literal(TABLET_SCHEMA_VERSION),
    isEnabled: z.boolean(),
    doors: z.enum(TABLET_DOORS),
    idleMinutes: z.int().check(z.minimum(IDLE_MINUTES_MIN), z.maximum(IDLE_MINUTES_MAX)),
    /** The language the tablet returns to after each visit; null = the browser's. */
    defaultLanguage: z.nullable(z.string().check(z.minLength(2), z.maxLength(20))),
    pin: z.nullable(pinHashSchema),
    attempts: pinAttemptsSchema,
  })
  .check(z.refine(hasPinWhenEnabled, { message: 'Tablet mode needs a PIN.' }));
export type TabletConfig = z.infer<typeof tabletConfigSchema>;

/** The localStorage copy of the `settings` rows (`db-snapshot.ts`): [key, value] pairs. */
export const settingsSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  rows: z.array(z.tuple([z.string(), z.unknown()])),
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;
