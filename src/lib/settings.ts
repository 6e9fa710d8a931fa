/**
 * Device settings: what this device remembers about how it is used. Read through zod so
 * that a corrupt row, or a row written by a newer app version, falls back to safe
 * defaults instead of crashing the app (issue "Bad input").
 */
import { z } from 'zod';
import { db, useLiveQuery } from './db.ts';

/** Bumped when the shape changes in a way older code cannot read. */
export const SETTINGS_SCHEMA_VERSION = 1;
const SETTINGS_KEY = 'device';

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export const deviceSettingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** UI language; null until someone picks one (the browser's language is used meanwhile). */
  language: z.string().min(2).max(20).nullable(),
  textScale: z.union(TEXT_SCALES.map((scale) => z.literal(scale))),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  /** False until the first-run set-up has been answered (or when it must run again). */
  isSetUp: z.boolean(),
  /** Neutral title and favicon, nothing revealing on screen (SAFETY.md rule 7). */
  isDiscreet: z.boolean(),
  /** Where quick exit goes when online; null means the local neutral page. */
  exitUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** Quick exit shown large on every page (set-up: a device someone else may check). */
  isQuickExitProminent: z.boolean(),
  /** Referral cases may be kept on this device (off on a woman's own phone or a shared tablet). */
  areCasesAllowed: z.boolean(),
  /** Minutes of inactivity before the intervenor passphrase is asked again; null = never. */
  autoLockMinutes: z.number().int().min(1).max(240).nullable(),
});
export type DeviceSettings = z.infer<typeof deviceSettingsSchema>;

export const DEFAULT_SETTINGS: DeviceSettings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  language: null,
  textScale: 1,
  highContrast: false,
  reducedMotion: false,
  isSetUp: false,
  isDiscreet: false,
  exitUrl: null,
  isQuickExitProminent: false,
  areCasesAllowed: true,
  autoLockMinutes: 15,
};

/** Validates a stored value; anything unreadable gives the defaults and `isFallback: true`. */
export function parseSettings(value: unknown): { settings: DeviceSettings; isFallback: boolean } {
  const parsed = deviceSettingsSchema.safeParse(value);
  if (parsed.success) return { settings: parsed.data, isFallback: false };
  return { settings: DEFAULT_SETTINGS, isFallback: value !== undefined };
}

// The last settings read, used as the first render's value: a discreet device must not
// flash a revealing title or icon while IndexedDB answers (SAFETY.md rule 7).
let lastLoaded: DeviceSettings = DEFAULT_SETTINGS;

/** The stored settings, or the defaults when there are none or they cannot be read. */
export async function loadSettings(): Promise<DeviceSettings> {
  try {
    const row = await db.settings.get(SETTINGS_KEY);
    lastLoaded = parseSettings(row?.value).settings;
    return lastLoaded;
  } catch (error) {
    console.warn('Settings could not be read; using defaults.', error);
    return DEFAULT_SETTINGS;
  }
}

/** Merges `patch` into the stored settings and returns the result. */
export async function updateSettings(patch: Partial<Omit<DeviceSettings, 'schemaVersion'>>): Promise<DeviceSettings> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTINGS_KEY);
    const next = deviceSettingsSchema.parse({ ...parseSettings(row?.value).settings, ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

/** Live settings for components; the last settings read (at start-up at least) while loading. */
export function useSettings(): DeviceSettings {
  return useLiveQuery(loadSettings, [], lastLoaded);
}
