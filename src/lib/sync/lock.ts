/**
 * One sync run at a time across the tabs of this origin. Web Locks where the browser has
 * them; otherwise an in-tab flag plus a lease row in `meta` that expires, so that a tab
 * closed mid-run does not block the others for ever. Correctness does not rest on this
 * lock (a page is written only if the checkpoint did not move, apply-page.ts); it only
 * saves two tabs from downloading the same pages.
 */
import type { PasserelleDatabase } from '../db.ts';

export const SYNC_LOCK_NAME = 'passerelle-sync';
const LEASE_KEY = 'sync.lease';
const LEASE_MS = 60_000;

export type LockedResult<T> = { isAcquired: true; value: T } | { isAcquired: false };

interface Lease {
  owner: string;
  expiresAt: number;
}

const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
let isRunningInThisTab = false;

function readLease(value: unknown): Lease | null {
  if (typeof value !== 'object' || value === null) return null;
  const { owner, expiresAt } = value as Partial<Lease>;
  return typeof owner === 'string' && typeof expiresAt === 'number' ? { owner, expiresAt } : null;
}

async function withLease<T>(database: PasserelleDatabase, work: () => Promise<T>): Promise<LockedResult<T>> {
  if (isRunningInThisTab) return { isAcquired: false };
  isRunningInThisTab = true;
  try {
    const isAcquired = await database.transaction('rw', database.meta, async () => {
      const lease = readLease((await database.meta.get(LEASE_KEY))?.value);
      if (lease && lease.owner !== tabId && lease.expiresAt > Date.now()) return false;
      await database.meta.put({ key: LEASE_KEY, value: { owner: tabId, expiresAt: Date.now() + LEASE_MS } });
      return true;
    });
    if (!isAcquired) return { isAcquired: false };
    const renew = setInterval(() => {
      database.meta.put({ key: LEASE_KEY, value: { owner: tabId, expiresAt: Date.now() + LEASE_MS } }).catch(() => {});
    }, LEASE_MS / 3);
    try {
      return { isAcquired: true, value: await work() };
    } finally {
      clearInterval(renew);
      await database
        .transaction('rw', database.meta, async () => {
          if (readLease((await database.meta.get(LEASE_KEY))?.value)?.owner === tabId) await database.meta.delete(LEASE_KEY);
        })
        .catch(() => {});
    }
  } finally {
    isRunningInThisTab = false;
  }
}

/** Runs `work` unless another run (this tab or another) holds the lock; never waits for it. */
export async function withSyncLock<T>(database: PasserelleDatabase, work: () => Promise<T>): Promise<LockedResult<T>> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks?.request) return withLease(database, work);
  // The lock is held until the callback's promise settles; request() resolves with its value.
  return await locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock): Promise<LockedResult<T>> =>
    lock ? { isAcquired: true, value: await work() } : { isAcquired: false },
  );
}
