import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFailure, delayAfterFailures, MAX_DELAY_MS, waitLeft } from '../../../src/features/tablet/rate-limit.ts';
import { NO_PIN_ATTEMPTS } from '../../../src/lib/tablet.ts';

describe('delays after wrong PINs', () => {
  it('grow with each wrong attempt in a row', () => {
    const delays = [1, 2, 3, 4, 5].map(delayAfterFailures);
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
  });

  it('are capped, so a wrong PIN never becomes a lockout', () => {
    expect(delayAfterFailures(9)).toBe(MAX_DELAY_MS);
    expect(delayAfterFailures(1_000)).toBe(MAX_DELAY_MS);
    expect(MAX_DELAY_MS).toBeLessThanOrEqual(5 * 60_000);
  });

  it('do not apply before any failure', () => {
    expect(delayAfterFailures(0)).toBe(0);
    expect(waitLeft(NO_PIN_ATTEMPTS, Date.now())).toBe(0);
  });
});

describe('waiting between attempts (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down and then allows the next attempt', () => {
    const attempts = afterFailure(afterFailure(NO_PIN_ATTEMPTS, Date.now()), Date.now());
    expect(attempts.failures).toBe(2);
    expect(waitLeft(attempts, Date.now())).toBe(4_000);
    vi.advanceTimersByTime(3_000);
    expect(waitLeft(attempts, Date.now())).toBe(1_000);
    vi.advanceTimersByTime(1_000);
    expect(waitLeft(attempts, Date.now())).toBe(0);
  });

  it('never waits longer than the current delay, even if the clock was set back', () => {
    const attempts = afterFailure(NO_PIN_ATTEMPTS, Date.now());
    vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
    expect(waitLeft(attempts, Date.now())).toBe(2_000);
  });
});
