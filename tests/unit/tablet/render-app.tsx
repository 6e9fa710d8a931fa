import { hashPin } from '../../../src/features/tablet/pin.ts';
import { db } from '../../../src/lib/db.ts';
import { DEFAULT_SETTINGS } from '../../../src/lib/settings.ts';
import { DEFAULT_TABLET_CONFIG, type TabletConfig } from '../../../src/lib/tablet.ts';

export const TABLET_PIN = '482913';

export { renderApp } from '../../helpers/render-app.tsx';

/** A device that went through the set-up, with `patch` applied. */
export async function seedSettings(patch: Partial<typeof DEFAULT_SETTINGS> = {}) {
  await db.settings.put({ key: 'device', value: { ...DEFAULT_SETTINGS, isSetUp: true, ...patch } });
}

/** Tablet mode on with TABLET_PIN (few PBKDF2 iterations, to keep tests fast). */
export async function seedTablet(patch: Partial<TabletConfig> = {}) {
  const pin = await hashPin(TABLET_PIN, 1_000);
  await db.settings.put({ key: 'tablet', value: { ...DEFAULT_TABLET_CONFIG, isEnabled: true, pin, ...patch } });
}
