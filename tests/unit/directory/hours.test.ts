import { describe, expect, it } from 'vitest';
import {
  hasEveningHours,
  hasWeekendHours,
  hoursByDay,
  isAroundTheClock,
  openState,
  weekClock,
} from '../../../src/features/directory/model.ts';
import type { Schedule } from '../../../src/shared/kinds/directory.ts';

type Day = Schedule['byday'][number];
const slot = (byday: Day[], opensAt: string, closesAt: string, timezone = 'America/Toronto'): Schedule => ({ byday, opensAt, closesAt, timezone });
const WEEKDAYS: Day[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const EVERY_DAY: Day[] = [...WEEKDAYS, 'SA', 'SU'];
const office = [slot(WEEKDAYS, '09:00', '17:00')];

describe('the wall clock in a time zone', () => {
  it('reads Monday-first weekday and minutes in America/Toronto', () => {
    // 2026-11-24 is a Tuesday; 20:15 UTC is 15:15 EST.
    expect(weekClock(new Date('2026-11-24T20:15:00Z'), 'America/Toronto')).toEqual({ dayIndex: 1, minutes: 915, minuteOfWeek: 1440 + 915 });
  });

  it('reads midnight as minute zero of the new day', () => {
    expect(weekClock(new Date('2026-11-24T05:00:00Z'), 'America/Toronto')).toMatchObject({ dayIndex: 1, minutes: 0 });
  });
});

describe('open now, closes at, opens at', () => {
  it('says open and when it closes during office hours', () => {
    expect(openState(office, false, new Date('2026-11-24T20:00:00Z'))).toEqual({
      kind: 'open',
      closes: { dayOffset: 0, dayIndex: 1, minutes: 17 * 60 },
    });
  });

  it('says closed at closing time, opening tomorrow at 9:00', () => {
    expect(openState(office, false, new Date('2026-11-24T22:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { dayOffset: 1, dayIndex: 2, minutes: 9 * 60 },
    });
  });

  it('says closed on Friday evening, opening on Monday three days later', () => {
    expect(openState(office, false, new Date('2026-11-27T23:00:00Z'))).toEqual({
      kind: 'closed',
      opens: { dayOffset: 3, dayIndex: 0, minutes: 9 * 60 },
    });
  });

  it('says opens today when the day has not started yet', () => {
    expect(openState(office, false, new Date('2026-11-24T12:00:00Z'))).toMatchObject({ kind: 'closed', opens: { dayOffset: 0, minutes: 540 } });
  });

  it('is always open for a 24/7 service, flagged or fully scheduled', () => {
    expect(openState([], true, new Date('2026-11-24T12:00:00Z'))).toEqual({ kind: 'always' });
    expect(openState([slot(EVERY_DAY, '00:00', '24:00')], false, new Date('2026-11-24T12:00:00Z'))).toEqual({ kind: 'always' });
  });

  it('does not guess when there are no hours', () => {
    expect(openState([], false, new Date('2026-11-24T12:00:00Z'))).toEqual({ kind: 'unknown' });
  });

  it('shows a midnight closing as 24:00 of the same day', () => {
    const evening = [slot(['MO'], '18:00', '24:00')];
    expect(openState(evening, false, new Date('2026-11-24T01:00:00Z'))).toEqual({
      kind: 'open',
      closes: { dayOffset: 0, dayIndex: 0, minutes: 1440 },
    });
  });

  it('joins a slot that ends at midnight with one that starts at midnight', () => {
    const joined = [slot(['MO'], '18:00', '24:00'), slot(['TU'], '00:00', '02:00')];
    expect(openState(joined, false, new Date('2026-11-24T01:00:00Z'))).toMatchObject({ kind: 'open', closes: { dayOffset: 1, minutes: 120 } });
  });
});

describe('overnight hours', () => {
  const nightLine = [slot(EVERY_DAY, '20:00', '08:00')];

  it('is open late in the evening and closes tomorrow morning', () => {
    // Sunday 2026-11-29 23:00 EST.
    expect(openState(nightLine, false, new Date('2026-11-30T04:00:00Z'))).toEqual({
      kind: 'open',
      closes: { dayOffset: 1, dayIndex: 0, minutes: 8 * 60 },
    });
  });

  it('is still open after midnight and closes this morning', () => {
    expect(openState(nightLine, false, new Date('2026-11-24T08:00:00Z'))).toMatchObject({ kind: 'open', closes: { dayOffset: 0, minutes: 480 } });
  });

  it('is closed during the day and opens this evening', () => {
    expect(openState(nightLine, false, new Date('2026-11-24T15:00:00Z'))).toMatchObject({ kind: 'closed', opens: { dayOffset: 0, minutes: 1200 } });
  });

  it('carries a Friday-night slot into Saturday morning', () => {
    // Saturday 2026-11-28 05:00 EST.
    expect(openState([slot(['FR'], '22:00', '06:00')], false, new Date('2026-11-28T10:00:00Z'))).toMatchObject({
      kind: 'open',
      closes: { dayOffset: 0, dayIndex: 5, minutes: 360 },
    });
  });

  it('wraps a Sunday-night slot into Monday morning', () => {
    // Monday 2026-11-30 01:00 EST.
    expect(openState([slot(['SU'], '22:00', '02:00')], false, new Date('2026-11-30T06:00:00Z'))).toMatchObject({
      kind: 'open',
      closes: { dayOffset: 0, dayIndex: 0, minutes: 120 },
    });
  });
});

describe('daylight-saving changes in America/Toronto', () => {
  it('reads the new offset on the morning clocks spring forward', () => {
    // 2026-03-08 07:30 UTC is 03:30 EDT (02:00 became 03:00); a fixed EST offset would say 02:30.
    expect(openState([slot(['SU'], '03:00', '05:00')], false, new Date('2026-03-08T07:30:00Z'))).toMatchObject({ kind: 'open' });
  });

  it('closes an overnight slot at its wall-clock time when clocks spring forward', () => {
    const saturdayNight = [slot(['SA'], '22:00', '06:00')];
    expect(openState(saturdayNight, false, new Date('2026-03-08T09:30:00Z'))).toMatchObject({ kind: 'open', closes: { minutes: 360 } });
    // 10:30 UTC is 06:30 EDT: closed, although a fixed EST offset would say 05:30.
    expect(openState(saturdayNight, false, new Date('2026-03-08T10:30:00Z'))).toMatchObject({ kind: 'closed' });
  });

  it('is open at both 1:30 of the night clocks fall back', () => {
    const lateSlot = [slot(['SU'], '01:00', '02:00')];
    expect(openState(lateSlot, false, new Date('2026-11-01T05:30:00Z'))).toMatchObject({ kind: 'open' });
    expect(openState(lateSlot, false, new Date('2026-11-01T06:30:00Z'))).toMatchObject({ kind: 'open' });
    expect(openState(lateSlot, false, new Date('2026-11-01T07:30:00Z'))).toMatchObject({ kind: 'closed', opens: { dayOffset: 7 } });
  });

  it('keeps an overnight slot open until its wall-clock end when clocks fall back', () => {
    // 10:30 UTC is 05:30 EST: still open; a fixed EDT offset would say 06:30, closed.
    expect(openState([slot(['SA'], '22:00', '06:00')], false, new Date('2026-11-01T10:30:00Z'))).toMatchObject({ kind: 'open' });
  });

  it('follows the schedule’s own zone for the Magdalen Islands', () => {
    const islands = [slot(WEEKDAYS, '09:00', '17:00', 'America/Halifax')];
    // 2026-11-24 13:30 UTC is 09:30 in Halifax but 08:30 in Toronto.
    expect(openState(islands, false, new Date('2026-11-24T13:30:00Z'))).toMatchObject({ kind: 'open' });
    expect(openState(islands, false, new Date('2026-11-24T12:30:00Z'))).toMatchObject({ kind: 'closed' });
  });
});

describe('evening, weekend and around-the-clock hours', () => {
  it('counts hours after 18:00 as evening, overnight included', () => {
    expect(hasEveningHours(office, false)).toBe(false);
    expect(hasEveningHours([...office, slot(['TU'], '17:00', '21:00')], false)).toBe(true);
    expect(hasEveningHours([slot(WEEKDAYS, '08:00', '20:00')], false)).toBe(true);
    expect(hasEveningHours([slot(['MO'], '23:00', '03:00')], false)).toBe(true);
    expect(hasEveningHours([], true)).toBe(true);
  });

  it('counts Saturday, Sunday, or a Friday night that runs into Saturday as weekend', () => {
    expect(hasWeekendHours(office, false)).toBe(false);
    expect(hasWeekendHours([slot(['SA'], '10:00', '14:00')], false)).toBe(true);
    expect(hasWeekendHours([slot(['FR'], '22:00', '02:00')], false)).toBe(true);
  });

  it('recognises 24/7 from the flag or from schedules covering the whole week', () => {
    expect(isAroundTheClock(office, false)).toBe(false);
    expect(isAroundTheClock([slot(EVERY_DAY, '00:00', '24:00')], false)).toBe(true);
    expect(isAroundTheClock([slot(EVERY_DAY, '08:00', '08:00')], false)).toBe(true);
    expect(isAroundTheClock([], true)).toBe(true);
  });

  it('lists each weekday’s slots in order for the hours table', () => {
    const table = hoursByDay([slot(['TU'], '17:00', '21:00'), ...office]);
    expect(table[1]).toEqual([
      { opensAt: '09:00', closesAt: '17:00' },
      { opensAt: '17:00', closesAt: '21:00' },
    ]);
    expect(table[6]).toEqual([]);
  });
});
