import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '../../../src/lib/sync/backoff.ts';
import { INITIAL_CHECKPOINT, parseCheckpoint } from '../../../src/lib/sync/checkpoint.ts';

describe('retry delays', () => {
  it('double after each failure, up to a ceiling', () => {
    const highest = (failures: number) => backoffDelay(failures, () => 1);
    expect([1, 2, 3, 4].map(highest)).toEqual([BACKOFF_BASE_MS, BACKOFF_BASE_MS * 2, BACKOFF_BASE_MS * 4, BACKOFF_BASE_MS * 8]);
    expect(highest(30)).toBe(BACKOFF_MAX_MS);
  });

  it('spread retries over the upper half of each step, so devices do not retry together', () => {
    expect(backoffDelay(3, () => 0)).toBe(BACKOFF_BASE_MS * 2);
    expect(backoffDelay(3, () => 0.5)).toBe(BACKOFF_BASE_MS * 3);
    expect(new Set(Array.from({ length: 20 }, () => backoffDelay(5))).size).toBeGreaterThan(1);
  });
});

describe('sync checkpoint', () => {
  it('reads a stored checkpoint and treats an unreadable one as none', () => {
    const stored = { cursor: 'abc', etag: 'W/"x"', epoch: 3, isRebuilding: true, contentVersion: 42, lastSuccessAt: '2026-11-26T10:00:00Z' };
    expect(parseCheckpoint(stored)).toEqual(stored);
    expect(parseCheckpoint('garbage')).toEqual(INITIAL_CHECKPOINT);
    expect(parseCheckpoint({ cursor: 12, epoch: -1, contentVersion: 1.5 })).toEqual(INITIAL_CHECKPOINT);
  });
});
