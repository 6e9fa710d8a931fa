/**
 * Shared-tablet mode (SAFETY.md rule 8): its configuration, stored under the settings
 * key `tablet` with its own schema (`tabletConfigSchema` in `device-schemas.ts`, read
 * through its compiled form). The route guard and the idle reset read it from the
 * entry chunk, so this module stays small; hashing the PIN lives in the tablet feature.
 *
 * A corrupt row, or one written by a newer app version, means: tablet mode off and the
 * first-run set-up runs again (`isCorrupt`), never a crash and never a locked door.
 */
import { useSyncExternalStore } from 'react';
import * as compiled from './compiled-schemas.ts';
import type { SettingsRows } from './db-early.ts';
import { lazyLiveQuery, loadDatabase, loadedDatabase } from './db-lazy.ts';
import { IDLE_MINUTES_DEFAULT, TABLET_SCHEMA_VERSION } from './device-rules.ts';
import type { PinAttempts, TabletConfig } from './device-schemas.ts';

export { IDLE_MINUTES_DEFAULT, IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, TABLET_DOORS, type TabletDoors } from './device-rules.ts';
export type { PinAttempts, PinHash, TabletConfig } from './device-schemas.ts';

const TABLET_KEY = 'tablet';

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
  const parsed = compiled.tabletConfig.safeParse(value);
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
    const parsed = compiled.tabletConfig.safeParse(change(parseTabletConfig(row?.value).config));
    if (!parsed.success) throw new RangeError('This tablet configuration breaks its schema (tablet mode needs a PIN); nothing was stored.');
    const next = parsed.data;
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
