/**
 * Tombstone compaction: deletions stay in the pull feed for the configured horizon, then
 * go (a device that has been away longer rebuilds its copy). Runs at start and every few
 * hours; a failure is logged and retried at the next run, never fatal.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ContentStore } from './storage/content-store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const EVERY_MS = 6 * 60 * 60 * 1000;

export async function compactOnce(store: ContentStore, horizonDays: number, log: FastifyBaseLogger, now = new Date()): Promise<void> {
  try {
    const result = await store.compactTombstones(new Date(now.getTime() - horizonDays * DAY_MS));
    if (result.removed > 0) log.info(result, 'tombstones compacted');
  } catch (error) {
    log.error({ err: error }, 'tombstone compaction failed');
  }
}

/** Starts periodic compaction; returns the function that stops it. */
export function scheduleCompaction(store: ContentStore, horizonDays: number, log: FastifyBaseLogger): () => void {
  const timer = setInterval(() => void compactOnce(store, horizonDays, log), EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
