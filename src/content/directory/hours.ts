/**
 * Realistic weekly hours for the demo directory: 24/7 shelters and lines, office hours,
 * evenings, Saturdays, and overnight lines (a `closesAt` before `opensAt` runs past
 * midnight). HSDS `schedule` rows with freq=WEEKLY.
 */
import type { Schedule } from '../../shared/kinds/directory.ts';
import type { Random } from './random.ts';

export type HoursProfile =
  | 'always'
  | 'office'
  | 'office-evening'
  | 'office-saturday'
  | 'extended'
  | 'overnight'
  | 'clinic'
  | 'evening-only'
  | 'community';

type Day = Schedule['byday'][number];
const WEEKDAYS: Day[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const WEEKEND: Day[] = ['SA', 'SU'];
const EVERY_DAY: Day[] = [...WEEKDAYS, ...WEEKEND];

function slot(byday: Day[], opensAt: string, closesAt: string, timezone: string): Schedule {
  return { byday, opensAt, closesAt, timezone };
}

/** The schedules of one service, and whether it never closes. */
export function makeHours(
  profile: HoursProfile,
  random: Random,
  timezone: string,
): { schedules: Schedule[]; isAlwaysOpen: boolean } {
  const [opens, closes] = random.pick([
    ['08:30', '16:30'],
    ['09:00', '17:00'],
    ['08:00', '16:00'],
    ['09:00', '16:30'],
  ] as const);
  switch (profile) {
    case 'always':
      return { schedules: [slot(EVERY_DAY, '00:00', '24:00', timezone)], isAlwaysOpen: true };
    case 'office':
      return { schedules: [slot(WEEKDAYS, opens, closes, timezone)], isAlwaysOpen: false };
    case 'office-evening':
      return {
        schedules: [
          slot(WEEKDAYS, opens, closes, timezone),
          slot(random.pick([['TU', 'TH'], ['WE'], ['MO', 'WE']] as Day[][]), '17:00', random.pick(['20:00', '21:00']), timezone),
        ],
        isAlwaysOpen: false,
      };
    case 'office-saturday':
      return {
        schedules: [slot(WEEKDAYS, opens, closes, timezone), slot(['SA'], '10:00', random.pick(['13:00', '14:00', '15:00']), timezone)],
        isAlwaysOpen: false,
      };
    case 'extended':
      return {
        schedules: [slot(WEEKDAYS, '08:00', random.pick(['20:00', '22:00']), timezone), slot(WEEKEND, '09:00', '17:00', timezone)],
        isAlwaysOpen: false,
      };
    case 'overnight':
      // A night line: opens in the evening, closes the next morning.
      return { schedules: [slot(EVERY_DAY, random.pick(['20:00', '21:00']), random.pick(['08:00', '07:00']), timezone)], isAlwaysOpen: false };
    case 'clinic':
      return {
        schedules: [slot(WEEKDAYS, '08:00', random.pick(['20:00', '21:00']), timezone), slot(WEEKEND, '09:00', '16:00', timezone)],
        isAlwaysOpen: false,
      };
    case 'evening-only':
      return { schedules: [slot(['MO', 'TU', 'WE', 'TH'], '18:00', '22:00', timezone)], isAlwaysOpen: false };
    case 'community':
      return { schedules: [slot(['TU', 'WE', 'TH', 'FR'], '09:30', '16:30', timezone)], isAlwaysOpen: false };
  }
}
