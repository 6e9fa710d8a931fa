/** The feature's door to sync: status of the runs, and "Sync now" (src/lib/sync). */
export { syncNow, useSyncStatus, type SyncStatus } from '../../../lib/sync/status.ts';
