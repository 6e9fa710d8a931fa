/**
 * Device settings: what this device remembers about how it is used. Read through the
 * compiled `deviceSettingsSchema` (`device-schemas.ts`) so that a corrupt row, or a row
 * written by a newer app version, falls back to safe defaults instead of crashing the app
 * (issue "Bad input").
 */
import { useSyncExternalStore } from 'react';
import * as compiled from './compiled-schemas.ts';
import type { SettingsRows } from './db-early.ts';
import { lazyLiveQuery, loadDatabase, loadedDatabase } from './db-lazy.ts';
import { SETTINGS_SCHEMA_VERSION } from './device-rules.ts';
import type { DeviceSettings } from './device-schemas.ts';

export { SETTINGS_SCHEMA_VERSION, TEXT_SCALES } from './device-rules.ts';
export type { DeviceSettings } from './device-schemas.ts';

const SETTINGS_KEY = 'device';

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
  const parsed = compiled.deviceSettings.safeParse(value);
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
  const shown = database.isInTransaction() ? undefined : compiled.deviceSettings.safeParse({ ...lastLoaded, ...patch });
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
    const next = valid({ ...parseSettings(row?.value).settings, ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    readAtStartUp = undefined;
    return next;
  });
}

/** `settings` as stored, or an error when they break the schema (nothing is written then). */
function valid(settings: DeviceSettings): DeviceSettings {
  const parsed = compiled.deviceSettings.safeParse(settings);
  if (!parsed.success) throw new RangeError('These device settings break their schema; nothing was stored.');
  return parsed.data;
}

function show(settings: DeviceSettings): void {
  lastLoaded = settings;
  liveSettings.changed();
}

/** Live settings for components; the last settings read (at start-up at least) while loading. */
export function useSettings(): DeviceSettings {
  return useSyncExternalStore(liveSettings.subscribe, () => lastLoaded);
}
