/**
 * Shared-tablet mode (SAFETY.md rule 8): its configuration, stored under the settings
 * key `tablet` with its own schema. The route guard and the idle reset read it from the
 * entry chunk, so this module stays small; hashing the PIN lives in the tablet feature.
 *
 * A corrupt row, or one written by a newer app version, means: tablet mode off and the
 * first-run set-up runs again (`isCorrupt`), never a crash and never a locked door.
 */
// zod/mini: the tablet state is read before the first render, from the entry chunk (issue 8).
import * as z from 'zod/mini';
import { useSyncExternalStore } from 'react';
import type { SettingsRows } from './db-early.ts';
import { lazyLiveQuery, loadDatabase, loadedDatabase } from './db-lazy.ts';

export const TABLET_SCHEMA_VERSION = 1;
const TABLET_KEY = 'tablet';

/** Which doors are open: women's information only, or everything (intervenor tools too). */
export const TABLET_DOORS = ['women', 'all'] as const;
export type TabletDoors = (typeof TABLET_DOORS)[number];

export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 60;
export const IDLE_MINUTES_DEFAULT = 3;

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
  .check(z.refine((config) => !config.isEnabled || config.pin !== null, { message: 'Tablet mode needs a PIN.' }));
export type TabletConfig = z.infer<typeof tabletConfigSchema>;

export const NO_PIN_ATTEMPTS: PinAttempts = { failures: 0, nextAllowedAt: 0 };

export const DEFAULT_TABLET_CONFIG: TabletConfig = {
  schemaVersion: TABLET_SCHEMA_VERSION,
  isEnabled: false,
  doors: 'women',
  idleMinutes: IDLE_MINUTES_DEFAULT,
  defaultLanguage: null,
  pin: null,
  attempts: NO_PIN_ATTEMPTS,
};

export interface TabletState {
  config: TabletConfig;
  /** A row existed but could not be read: tablet mode is off and the set-up must run again. */
  isCorrupt: boolean;
}

export function parseTabletConfig(value: unknown): TabletState {
  const parsed = tabletConfigSchema.safeParse(value);
  if (parsed.success) return { config: parsed.data, isCorrupt: false };
  return { config: DEFAULT_TABLET_CONFIG, isCorrupt: value !== undefined };
}

/** The last state read, so that a screen mounting later starts from it instead of "loading". */
let lastKnown: TabletState | undefined;

/** main.tsx: the state from the rows start-up read without Dexie, else through Dexie. */
export async function loadStartUpTabletState(rows: SettingsRows): Promise<TabletState> {
  if (!rows) return loadTabletState();
  lastKnown = parseTabletConfig(rows.get(TABLET_KEY));
  return lastKnown;
}

export async function loadTabletState(): Promise<TabletState> {
  try {
    const { db } = loadedDatabase() ?? (await loadDatabase());
    const row = await db.settings.get(TABLET_KEY);
    lastKnown = parseTabletConfig(row?.value);
  } catch (error) {
    console.warn('Tablet settings could not be read; tablet mode is off.', error);
    lastKnown = { config: DEFAULT_TABLET_CONFIG, isCorrupt: false };
  }
  return lastKnown;
}

/**
 * Replaces the configuration with `change(current)` in one transaction (a corrupt row
 * counts as the defaults). Throws, storing nothing, when the result is invalid.
 */
export async function updateTabletConfig(change: (current: TabletConfig) => TabletConfig): Promise<TabletConfig> {
  const { db } = await loadDatabase();
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(TABLET_KEY);
    const next = tabletConfigSchema.parse(change(parseTabletConfig(row?.value).config));
    await db.settings.put({ key: TABLET_KEY, value: next });
    return next;
  });
}

// One live query for every component: Dexie loads after the first paint (issue 8).
const liveTabletState = lazyLiveQuery(loadTabletState);

/**
 * Live tablet state. Undefined only until the first read of this page load (main.tsx
 * reads it before the first render), so guards and hidden doors never flash.
 */
export function useTabletState(): TabletState | undefined {
  return useSyncExternalStore(liveTabletState.subscribe, () => lastKnown);
}

/** True when `config` closes the intervenor pages (women-only tablet). */
export function isWomenOnly(config: TabletConfig): boolean {
  return config.isEnabled && config.doors === 'women';
}
