/**
 * The constants and rules of the rows this device keeps about itself (its settings, the
 * tablet configuration, their localStorage copy), without zod: start-up reads those rows
 * from the entry chunk, which must not carry zod (cold start, issue 8). Their zod schemas
 * are in `device-schemas.ts`; the entry validates with code compiled from them
 * (`compiled-schemas.ts`).
 */

/** Device settings: bumped when the shape changes in a way older code cannot read. */
export const SETTINGS_SCHEMA_VERSION = 1;

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

/** Tablet configuration: bumped when the shape changes in a way older code cannot read. */
export const TABLET_SCHEMA_VERSION = 1;

/** Which doors are open: women's information only, or everything (intervenor tools too). */
export const TABLET_DOORS = ['women', 'all'] as const;
export type TabletDoors = (typeof TABLET_DOORS)[number];

export const IDLE_MINUTES_MIN = 1;
export const IDLE_MINUTES_MAX = 60;
export const IDLE_MINUTES_DEFAULT = 3;

/** The localStorage copy of the settings rows (`db-snapshot.ts`). */
export const SNAPSHOT_VERSION = 1;

/** Tablet mode is never on without an organisation PIN: nobody could ever leave it. */
export function hasPinWhenEnabled(config: { isEnabled: boolean; pin: unknown }): boolean {
  return !config.isEnabled || config.pin !== null;
}
