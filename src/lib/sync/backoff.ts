/**
 * Retry delays after failed runs: exponential, capped, with jitter so that the devices
 * of a whole region coming back online do not all retry in the same second.
 */
export const BACKOFF_BASE_MS = 10_000;
export const BACKOFF_MAX_MS = 15 * 60_000;

/** Delay before the retry that follows the `failures`-th consecutive failure (1, 2, …). */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  // "Equal jitter": never sooner than half the ceiling, spread over the other half.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
