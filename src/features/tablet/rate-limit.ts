/**
 * Growing delays after wrong PINs or passphrases (SAFETY.md rule 8). Never a lockout: the
 * delay is capped, and it only guards the tablet's settings, never the women's information.
 * Pure functions over `{ failures, nextAllowedAt }`, with the time passed in.
 */
import type { PinAttempts } from '../../lib/tablet.ts';

const FIRST_DELAY_MS = 2_000;
/** With the cap, guessing a 6-digit PIN at the screen takes years. */
export const MAX_DELAY_MS = 5 * 60_000;

/** The wait imposed after the `failures`-th wrong attempt in a row: 2 s, 4 s, 8 s … 5 min. */
export function delayAfterFailures(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - 1, 20));
}

/**
 * Milliseconds left before the next attempt may be checked. Never more than the delay of
 * the current failure count, so a clock set back cannot turn a delay into a lockout.
 */
export function waitLeft(attempts: PinAttempts, now: number): number {
  const left = attempts.nextAllowedAt - now;
  return Math.max(0, Math.min(left, delayAfterFailures(attempts.failures)));
}

export function afterFailure(attempts: PinAttempts, now: number): PinAttempts {
  const failures = attempts.failures + 1;
  return { failures, nextAllowedAt: now + delayAfterFailures(failures) };
}
