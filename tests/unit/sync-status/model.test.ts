import { describe, expect, it } from 'vitest';
import { headerView, isWorthAnnouncing } from '../../../src/features/sync-status/model.ts';
import type { SyncStatus } from '../../../src/lib/sync/status.ts';

const synced = { lastSuccessAt: '2026-11-26T10:00:00Z', contentVersion: 10 };

describe('the header line', () => {
  it('keeps showing the last success during a routine background sync', () => {
    const status: SyncStatus = { phase: 'syncing', received: 20, total: null, isFirstSync: false, ...synced };
    expect(headerView(status, true)).toEqual({ kind: 'synced', at: synced.lastSuccessAt });
  });

  it('shows progress while a device fills for the first time', () => {
    const status: SyncStatus = { phase: 'syncing', received: 20, total: 100, isFirstSync: true, lastSuccessAt: null, contentVersion: 0 };
    expect(headerView(status, true)).toEqual({ kind: 'first-sync', received: 20, total: 100 });
  });

  it('puts being offline before a failure, and announces both but not a success', () => {
    const failed: SyncStatus = { phase: 'failed', reason: 'network', retryAt: null, ...synced };
    expect(headerView(failed, false)).toEqual({ kind: 'offline', dataDate: synced.lastSuccessAt });
    expect(headerView(failed, true)).toEqual({ kind: 'failed', reason: 'network' });
    expect(isWorthAnnouncing(headerView(failed, false))).toBe(true);
    expect(isWorthAnnouncing(headerView(failed, true))).toBe(true);
    expect(isWorthAnnouncing(headerView({ phase: 'idle', ...synced }, true))).toBe(false);
  });
});
