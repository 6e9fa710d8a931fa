/**
 * Device settings: what this device remembers about how it is used. Read through zod so
 * that a corrupt row, or a row written by a newer app version, falls back to safe
 * defaults instead of crashing the app (issue "Bad input").
 */
// zod/mini: settings are read before the first render, from the entry chunk (issue 8).
import * as z from 'zod/mini';
import { useSyncExternalStore } from 'react';
import type { SettingsRows } from './db-early.ts';
import { lazyLiveQuery, loadDatabase, loadedDatabase } from './db-lazy.ts';

/** Bumped when the shape changes in a way older code cannot read. */
export const SETTINGS_SCHEMA_VERSION = 1;
const SETTINGS_KEY = 'device';

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

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

// Writes shown at once (see `updateSettings`) and not yet stored: until the last one is,
// a read may still see the value one of them replaces, and screens keep what they show.
let writesUnderWay = 0;

/** The stored settings, or the defaults when there are none or they cannot be read. */
export async function loadSettings(): Promise<DeviceSettings> {
  try {
    const { db } = loadedDatabase() ?? (await loadDatabase());
    const row = await db.settings.get(SETTINGS_KEY);
    const { settings } = parseSettings(row?.value);
    if (writesUnderWay === 0) lastLoaded = settings;
    return settings;
  } catch (error) {
    console.warn('Settings could not be read; using defaults.', error);
    return DEFAULT_SETTINGS;
  }
}

// The settings main.tsx read just before the first render. The route gate decides that
// render on them instead of showing "loading" for one more IndexedDB round trip (cold
// start, issue 8). Only the start-up sets it and any write drops it, so it is never older
// than the start-up read; tests render without main.tsx and never see it.
let readAtStartUp: DeviceSettings | undefined;

/**
 * main.tsx: the settings the first render will trust, from the rows start-up read
 * without Dexie (db.ts `readSettingsRows`), else through Dexie.
 */
export async function loadStartUpSettings(rows: SettingsRows): Promise<DeviceSettings> {
  readAtStartUp = rows ? parseSettings(rows.get(SETTINGS_KEY)).settings : await loadSettings();
  lastLoaded = readAtStartUp;
  return readAtStartUp;
}

// One live query for every component: Dexie loads after the first paint (issue 8).
const liveSettings = lazyLiveQuery(loadSettings);

/**
 * Live settings for a decision that must not rest on a guess (the route gate): undefined
 * until read, except on the first render after start-up, which has just read them.
 */
export function useCheckedSettings(): DeviceSettings | undefined {
  return useSyncExternalStore(liveSettings.subscribe, () => (liveSettings.isLive() ? lastLoaded : readAtStartUp));
}

/**
 * Merges `patch` into the stored settings and returns the result. Screens show it at once,
 * before it is stored: a second click on a box in the few milliseconds the write takes
 * would otherwise send again the value the first click replaced (a double click). They go
 * back to the stored settings if the write fails. Inside a larger transaction (the
 * set-up) nothing is shown before that transaction commits; the live query tells them then.
 */
export async function updateSettings(patch: Partial<Omit<DeviceSettings, 'schemaVersion'>>): Promise<DeviceSettings> {
  // Awaited only the first time: a set-up page imports db.ts itself, so a transaction may
  // be open before this loader has run. Once loaded, the write shows in this same task.
  const database = loadedDatabase() ?? (await loadDatabase());
  const shown = database.isInTransaction() ? undefined : deviceSettingsSchema.safeParse({ ...lastLoaded, ...patch });
  if (!shown?.success) return writeSettings(patch);
  writesUnderWay += 1;
  show(shown.data);
  let stored: DeviceSettings;
  try {
    stored = await writeSettings(patch);
  } catch (error) {
    writesUnderWay -= 1;
    show(await loadSettings());
    throw error;
  }
  writesUnderWay -= 1;
  if (writesUnderWay === 0) show(stored);
  return stored;
}

async function writeSettings(patch: Partial<Omit<DeviceSettings, 'schemaVersion'>>): Promise<DeviceSettings> {
  const { db } = await loadDatabase();
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SETTINGS_KEY);
    const next = deviceSettingsSchema.parse({ ...parseSettings(row?.value).settings, ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    readAtStartUp = undefined;
    return next;
  });
}

function show(settings: DeviceSettings): void {
  lastLoaded = settings;
  liveSettings.changed();
}

/** Live settings for components; the last settings read (at start-up at least) while loading. */
export function useSettings(): DeviceSettings {
  return useSyncExternalStore(liveSettings.subscribe, () => lastLoaded);
}
