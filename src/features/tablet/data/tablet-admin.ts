/**
 * The tablet feature's door to its configuration: checking the organisation PIN with the
 * persisted rate limit, turning tablet mode on and off, changing its options. PBKDF2 runs
 * before any Dexie transaction opens (a transaction that awaits WebCrypto would commit early).
 */
import {
  DEFAULT_TABLET_CONFIG,
  NO_PIN_ATTEMPTS,
  loadTabletState,
  updateTabletConfig,
  useTabletState,
  type TabletConfig,
  type TabletState,
} from '../../../lib/tablet.ts';
import type { TabletOptions } from '../model.ts';
import { hashPin, verifyPin } from '../pin.ts';
import { afterFailure, waitLeft } from '../rate-limit.ts';

export type PinCheck =
  | { status: 'right' }
  /** Wrong PIN; the next attempt is checked after `waitMs`. */
  | { status: 'wrong'; waitMs: number }
  /** Too early: nothing was checked. */
  | { status: 'wait'; waitMs: number };

/** Checks the organisation PIN, honouring and updating the delay kept on the device. */
export async function checkTabletPin(pin: string, now: () => number = Date.now): Promise<PinCheck> {
  const { config } = await loadTabletState();
  const early = waitLeft(config.attempts, now());
  if (early > 0) return { status: 'wait', waitMs: early };
  // No PIN stored means tablet mode is off: there is nothing to protect.
  if (!config.pin) return { status: 'right' };
  if (await verifyPin(pin, config.pin)) {
    await updateTabletConfig((current) => ({ ...current, attempts: NO_PIN_ATTEMPTS }));
    return { status: 'right' };
  }
  const failedAt = now();
  const next = await updateTabletConfig((current) => ({ ...current, attempts: afterFailure(current.attempts, failedAt) }));
  return { status: 'wrong', waitMs: waitLeft(next.attempts, failedAt) };
}

/** Builds the configuration that turns tablet mode on with a new PIN (hashing takes ~½ s). */
export async function enabledTabletConfig(pin: string, options: TabletOptions): Promise<TabletConfig> {
  return { ...DEFAULT_TABLET_CONFIG, ...options, isEnabled: true, pin: await hashPin(pin), attempts: NO_PIN_ATTEMPTS };
}

export async function enableTablet(pin: string, options: TabletOptions): Promise<void> {
  const config = await enabledTabletConfig(pin, options);
  await updateTabletConfig(() => config);
}

export async function saveTabletOptions(options: TabletOptions): Promise<void> {
  await updateTabletConfig((current) => ({ ...current, ...options }));
}

export async function changeTabletPin(pin: string): Promise<void> {
  const next = await hashPin(pin);
  await updateTabletConfig((current) => ({ ...current, pin: next, attempts: NO_PIN_ATTEMPTS }));
}

/** Leaves tablet mode: the PIN hash goes too (nothing left to guess). */
export async function leaveTabletMode(): Promise<void> {
  await updateTabletConfig(() => DEFAULT_TABLET_CONFIG);
}

export function useTablet(): TabletState | undefined {
  return useTabletState();
}
