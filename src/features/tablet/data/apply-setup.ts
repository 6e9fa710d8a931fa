/**
 * Writes what the first-run set-up decided: device settings and the tablet row together,
 * in one transaction, so a crash in between never leaves a half-configured device.
 */
import { db } from '../../../lib/db.ts';
import { updateSettings } from '../../../lib/settings.ts';
import { DEFAULT_TABLET_CONFIG, loadTabletState, updateTabletConfig, type TabletConfig } from '../../../lib/tablet.ts';
import type { SetupConfiguration } from '../model.ts';

/**
 * `tablet`: the tablet configuration to store (built beforehand, PIN already hashed), or
 * `'keep'` to leave tablet mode as it is — used by "skip", which must never turn off a
 * tablet's mode without its PIN. A corrupt tablet row is replaced by the defaults either way.
 */
export async function applySetup(configuration: SetupConfiguration, tablet: TabletConfig | 'keep'): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await updateSettings(configuration.settings);
    if (tablet !== 'keep') {
      await updateTabletConfig(() => tablet);
    } else if ((await loadTabletState()).isCorrupt) {
      await updateTabletConfig(() => DEFAULT_TABLET_CONFIG);
    }
  });
}
