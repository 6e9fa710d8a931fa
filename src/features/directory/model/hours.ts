/**
 * Opening hours in the schedule's own time zone (America/Toronto for most of Québec), with
 * `Intl` only. Schedules are wall-clock times, so reading "now" as wall-clock time in that
 * zone makes every answer right across daylight-saving changes; nothing here adds hours
 * to an instant. A `closesAt` earlier than `opensAt` runs past midnight.
 */
import type { Schedule } from '../../../shared/kinds/directory.ts';

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/** Monday first, as HSDS `byday` and ISO 8601 number them. */
export const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Day = (typeof DAYS)[number];

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock position in the week at `instant` in `timeZone`: day 0 is Monday. */
export function weekClock(instant: Date, timeZone: string): { dayIndex: number; minutes: number; minuteOfWeek: number } {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  let weekday = '';
  let hour = 0;
  let minute = 0;
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'weekday') weekday = part.value;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  const dayIndex = Math.max(0, SHORT_WEEKDAYS.indexOf(weekday));
  const minutes = hour * 60 + minute;
  return { dayIndex, minutes, minuteOfWeek: dayIndex * MINUTES_PER_DAY + minutes };
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Half-open [start, end) in minutes from Monday 00:00. */
export interface Interval {
  start: number;
  end: number;
}

/**
 * The week's opening intervals, merged and sorted, within [0, MINUTES_PER_WEEK). An
 * overnight slot on Sunday wraps to Monday morning. Equal open and close times mean a
 * full day (the HSDS habit of 00:00–00:00).
 */
export function weeklyIntervals(schedules: readonly Schedule[]): Interval[] {
  const raw: Interval[] = [];
  for (const schedule of schedules) {
    const opens = toMinutes(schedule.opensAt);
    let closes = toMinutes(schedule.closesAt);
    if (closes <= opens) closes += MINUTES_PER_DAY;
    for (const day of schedule.byday) {
      const start = DAYS.indexOf(day) * MINUTES_PER_DAY + opens;
      const end = start + (closes - opens);
      if (end <= MINUTES_PER_WEEK) raw.push({ start, end });
      else raw.push({ start, end: MINUTES_PER_WEEK }, { start: 0, end: end - MINUTES_PER_WEEK });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of raw) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** A moment in the week as shown to people: in how many days, which weekday, what time. */
export interface WeekMoment {
  /** 0 today, 1 tomorrow, ... (counted in the schedule's zone). */
  dayOffset: number;
  dayIndex: number;
  /** Minutes after midnight; 1440 means midnight at the end of that day. */
  minutes: number;
}

export type OpenState =
  | { kind: 'always' }
  | { kind: 'unknown' }
  | { kind: 'open'; closes: WeekMoment }
  | { kind: 'closed'; opens: WeekMoment };

function momentAt(nowMinuteOfWeek: number, target: number, isEnd: boolean): WeekMoment {
  // A closing time exactly at midnight belongs to the day that ends, shown as 24:00.
  const reference = isEnd && target % MINUTES_PER_DAY === 0 ? target - 1 : target;
  const targetDay = Math.floor(reference / MINUTES_PER_DAY);
  const minutes = isEnd && target % MINUTES_PER_DAY === 0 ? MINUTES_PER_DAY : target % MINUTES_PER_DAY;
  return { dayOffset: targetDay - Math.floor(nowMinuteOfWeek / MINUTES_PER_DAY), dayIndex: targetDay % 7, minutes };
}

/** The time zone a service's hours are expressed in. */
export function scheduleTimeZone(schedules: readonly Schedule[]): string {
  return schedules[0]?.timezone ?? DEFAULT_TIME_ZONE;
}

/** True when `minuteOfWeek` falls inside one of the (merged, wrapped) intervals. */
export function isOpenAt(intervals: readonly Interval[], isAlwaysOpen: boolean, minuteOfWeek: number): boolean {
  return isAlwaysOpen || intervals.some((interval) => interval.start <= minuteOfWeek && minuteOfWeek < interval.end);
}

/** Open or closed at minute `t` of the week, with when that changes. */
export function openStateAt(intervals: readonly Interval[], isAlwaysOpen: boolean, t: number): OpenState {
  if (isAlwaysOpen) return { kind: 'always' };
  if (intervals.length === 0) return { kind: 'unknown' };
  const first = intervals[0];
  if (intervals.length === 1 && first?.start === 0 && first.end === MINUTES_PER_WEEK) return { kind: 'always' };
  // Unrolled one week ahead so that Saturday-to-Monday openings and Sunday-night slots
  // continue into the next week.
  const unrolled = [...intervals, ...intervals.map((interval) => ({ start: interval.start + MINUTES_PER_WEEK, end: interval.end + MINUTES_PER_WEEK }))];
  const joined: Interval[] = [];
  for (const interval of unrolled) {
    const previous = joined.at(-1);
    if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end);
    else joined.push({ ...interval });
  }
  const current = joined.find((interval) => interval.start <= t && t < interval.end);
  if (current) return { kind: 'open', closes: momentAt(t, current.end, true) };
  const next = joined.find((interval) => interval.start > t);
  if (!next) return { kind: 'unknown' };
  return { kind: 'closed', opens: momentAt(t, next.start, false) };
}

/** Open or closed at `now`, with when that changes, in the schedules' time zone. */
export function openState(schedules: readonly Schedule[], isAlwaysOpen: boolean, now: Date): OpenState {
  return openStateAt(weeklyIntervals(schedules), isAlwaysOpen, weekClock(now, scheduleTimeZone(schedules)).minuteOfWeek);
}

/**
 * "Now" as minute of the week, per time zone, computed once per zone: filtering thousands
 * of services must not call Intl thousands of times.
 */
export function createWeekClock(now: Date): (timeZone: string) => number {
  const cache = new Map<string, number>();
  return (timeZone) => {
    let minute = cache.get(timeZone);
    if (minute === undefined) {
      minute = weekClock(now, timeZone).minuteOfWeek;
      cache.set(timeZone, minute);
    }
    return minute;
  };
}

/** True when `state` means the service can be reached now. */
export function isOpenNow(state: OpenState): boolean {
  return state.kind === 'open' || state.kind === 'always';
}

function overlaps(intervals: readonly Interval[], start: number, end: number): boolean {
  return intervals.some((interval) => interval.start < end && start < interval.end);
}

const EVENING_START = 18 * 60;

/** Open at some point between 18:00 and midnight (overnight slots count). */
export function hasEveningHours(schedules: readonly Schedule[], isAlwaysOpen: boolean): boolean {
  if (isAlwaysOpen) return true;
  const intervals = weeklyIntervals(schedules);
  return DAYS.some((_, day) => overlaps(intervals, day * MINUTES_PER_DAY + EVENING_START, (day + 1) * MINUTES_PER_DAY));
}

/** Open at some point on Saturday or Sunday. */
export function hasWeekendHours(schedules: readonly Schedule[], isAlwaysOpen: boolean): boolean {
  if (isAlwaysOpen) return true;
  return overlaps(weeklyIntervals(schedules), 5 * MINUTES_PER_DAY, MINUTES_PER_WEEK);
}

/** Never closes: flagged so, or its schedules cover the whole week. */
export function isAroundTheClock(schedules: readonly Schedule[], isAlwaysOpen: boolean): boolean {
  if (isAlwaysOpen) return true;
  const intervals = weeklyIntervals(schedules);
  return intervals.length === 1 && intervals[0]?.start === 0 && intervals[0].end === MINUTES_PER_WEEK;
}

/** The slots of each weekday, for an hours table: `[[opens, closes], ...]` per day, Monday first. */
export function hoursByDay(schedules: readonly Schedule[]): { opensAt: string; closesAt: string }[][] {
  const byDay: { opensAt: string; closesAt: string }[][] = DAYS.map(() => []);
  for (const schedule of schedules) {
    for (const day of schedule.byday) byDay[DAYS.indexOf(day)]?.push({ opensAt: schedule.opensAt, closesAt: schedule.closesAt });
  }
  for (const slots of byDay) slots.sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  return byDay;
}
