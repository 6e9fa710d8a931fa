/** Pure helpers of the settings screens. */

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** "1,5 Mo" / "1.5 MB": a byte count in the largest unit that keeps it ≥ 1, in `lng`. */
export function formatBytes(bytes: number, lng: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(lng, {
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

/**
 * When the last sync succeeded, from a `meta` row written by the sync engine. Read
 * defensively (the sync feature lands in parallel): an ISO date, epoch milliseconds, or
 * an object holding one under `at`, `finishedAt` or `time`. Anything else: null.
 */
export function parseLastSync(value: unknown): Date | null {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    return parseLastSync(record.at ?? record.finishedAt ?? record.time);
  }
  let date: Date | null = null;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) date = new Date(value);
  else if (typeof value === 'number' && Number.isFinite(value) && value > 0) date = new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date : null;
}
