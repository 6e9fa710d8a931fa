// Fake timers here only: this module has no Dexie code (STYLE: keep fake timers away from Dexie).
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, useIdleTimer, watchActivity } from '../../../src/lib/idle-timer.ts';

const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function makeTimer(idleMs = 3 * MINUTE, countdownMs = 15_000) {
  const seen: number[] = [];
  const onExpire = vi.fn();
  const onCancel = vi.fn();
  const timer = createIdleTimer({ idleMs, countdownMs, onCountdown: (seconds) => seen.push(seconds), onExpire, onCancel });
  return { timer, seen, onExpire, onCancel };
}

describe('the idle timer', () => {
  it('starts a countdown only after the idle delay', () => {
    const { timer, seen } = makeTimer();
    vi.advanceTimersByTime(3 * MINUTE - 1);
    expect(seen).toEqual([]);
    expect(timer.isCountingDown()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([15]);
    expect(timer.isCountingDown()).toBe(true);
  });

  it('counts 15 seconds down, one a second, then expires once', () => {
    const { seen, onExpire } = makeTimer();
    vi.advanceTimersByTime(3 * MINUTE + 14_999);
    expect(seen).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('cancels the countdown on activity and waits the full delay again', () => {
    const { timer, onExpire, onCancel } = makeTimer();
    vi.advanceTimersByTime(3 * MINUTE + 10_000);
    timer.activity();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(timer.isCountingDown()).toBe(false);
    vi.advanceTimersByTime(3 * MINUTE - 1);
    expect(timer.isCountingDown()).toBe(false);
    vi.advanceTimersByTime(1 + 15_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('postpones the countdown while someone keeps using the device', () => {
    const { timer, seen } = makeTimer();
    for (let minute = 0; minute < 10; minute += 1) {
      vi.advanceTimersByTime(2 * MINUTE);
      timer.activity();
    }
    expect(seen).toEqual([]);
  });

  it('rests after expiring until the next activity (an untouched tablet does not count down again)', () => {
    const { timer, onExpire, seen } = makeTimer();
    vi.advanceTimersByTime(3 * MINUTE + 15_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    seen.length = 0;
    vi.advanceTimersByTime(30 * MINUTE);
    expect(seen).toEqual([]);
    timer.activity();
    vi.advanceTimersByTime(3 * MINUTE + 15_000);
    expect(onExpire).toHaveBeenCalledTimes(2);
  });

  it('expires on time even when the browser delays its ticks', () => {
    const { onExpire } = makeTimer();
    vi.advanceTimersByTime(3 * MINUTE);
    // A throttled background tab: the clock moves on without the ticks running.
    vi.setSystemTime(Date.now() + 20_000);
    vi.advanceTimersByTime(1_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('expires right after the idle delay when there is no countdown (the intervenor lock)', () => {
    const { onExpire, seen } = makeTimer(5 * MINUTE, 0);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
  });

  it('does nothing once stopped', () => {
    const { timer, onExpire } = makeTimer();
    timer.stop();
    vi.advanceTimersByTime(60 * MINUTE);
    expect(onExpire).not.toHaveBeenCalled();
  });
});

describe('watching activity', () => {
  it('counts touches, clicks, keys and wheel, and stops when asked', () => {
    const target = new EventTarget();
    const onActivity = vi.fn();
    const unwatch = watchActivity(onActivity, target);
    for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) target.dispatchEvent(new Event(type));
    expect(onActivity).toHaveBeenCalledTimes(4);
    target.dispatchEvent(new Event('pointermove'));
    expect(onActivity).toHaveBeenCalledTimes(4);
    unwatch();
    target.dispatchEvent(new Event('keydown'));
    expect(onActivity).toHaveBeenCalledTimes(4);
  });
});

describe('useIdleTimer', () => {
  it('shows the seconds left, and any key press on the page cancels the countdown', () => {
    const onExpire = vi.fn();
    const { result } = renderHook(() => useIdleTimer({ enabled: true, idleMs: MINUTE, countdownMs: 15_000, onExpire }));
    expect(result.current.secondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(MINUTE + 5_000));
    expect(result.current.secondsLeft).toBe(10);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    });
    expect(result.current.secondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(MINUTE + 15_000));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('"stay" cancels the countdown like a touch', () => {
    const onExpire = vi.fn();
    const { result } = renderHook(() => useIdleTimer({ enabled: true, idleMs: MINUTE, countdownMs: 15_000, onExpire }));
    act(() => vi.advanceTimersByTime(MINUTE));
    expect(result.current.secondsLeft).toBe(15);
    act(() => result.current.stay());
    expect(result.current.secondsLeft).toBeNull();
    act(() => vi.advanceTimersByTime(14_000));
    expect(onExpire).not.toHaveBeenCalled();
  });

  it('does nothing while disabled', () => {
    const onExpire = vi.fn();
    const { result } = renderHook(() => useIdleTimer({ enabled: false, idleMs: MINUTE, countdownMs: 15_000, onExpire }));
    act(() => vi.advanceTimersByTime(10 * MINUTE));
    expect(result.current.secondsLeft).toBeNull();
    expect(onExpire).not.toHaveBeenCalled();
  });
});
