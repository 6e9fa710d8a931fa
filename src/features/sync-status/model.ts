/** Pure rules of the sync status: what the header says, and how dates read. */
import type { SyncFailureReason } from '../../lib/sync/failure.ts';
import type { SyncStatus } from '../../lib/sync/status.ts';
import { fallbackChain } from '../../shared/languages.ts';

export type HeaderView =
  /** Offline: say so, and how old the data on the device is. */
  | { kind: 'offline'; dataDate: string | null }
  | { kind: 'first-sync'; received: number; total: number | null }
  | { kind: 'failed'; reason: SyncFailureReason }
  | { kind: 'synced'; at: string }
  /** Online, never synced and not syncing (the scheduler has not started yet). */
  | { kind: 'online' };

/**
 * Offline wins (a failure there is expected, not news). A routine background sync does
 * not change the header: it keeps showing the last success until the run ends.
 */
export function headerView(status: SyncStatus, isOnline: boolean): HeaderView {
  if (!isOnline) return { kind: 'offline', dataDate: status.lastSuccessAt };
  if (status.phase === 'syncing' && (status.isFirstSync || !status.lastSuccessAt)) {
    return { kind: 'first-sync', received: status.received, total: status.total };
  }
  if (status.phase === 'failed') return { kind: 'failed', reason: status.reason };
  return status.lastSuccessAt ? { kind: 'synced', at: status.lastSuccessAt } : { kind: 'online' };
}

/** Whether the header's status line should be announced: only what needs attention. */
export function isWorthAnnouncing(view: HeaderView): boolean {
  return view.kind === 'offline' || view.kind === 'failed';
}

export function isSameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export function formatDate(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(fallbackChain(lng), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(fallbackChain(lng), { timeStyle: 'short' }).format(new Date(iso));
}

export function formatDateTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(fallbackChain(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
