/** Pure helpers of the settings screens. */

import { fallbackChain } from '../../shared/languages.ts';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "1,5 Mo" / "1.5 MB": a byte count in the largest unit that keeps it ≥ 1, in `lng`. */
export function formatBytes(bytes: number, lng: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(fallbackChain(lng), {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** A text scale as a whole percentage (1.25 → 125). */
export function scaleToPercent(scale: number): number {
  return Math.round(scale * 100);
}
