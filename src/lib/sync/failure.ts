/** Why a sync run failed, in words the UI can turn into a sentence. */

export type SyncFailureReason =
  /** The server could not be reached (offline, DNS, connection dropped). */
  | 'network'
  /** The server took too long to answer. */
  | 'timeout'
  /** The server answered with an error status. */
  | 'server'
  /** The answer was cut, garbled, or not what the protocol promises. */
  | 'invalid-response'
  /** The device could not store the changes (full, or IndexedDB failed). */
  | 'storage';

export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly reason: SyncFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Another tab moved the sync checkpoint while this run was fetching: this run stops
 * without writing, and is not a failure (the other tab's pages are already stored).
 */
export class SyncSupersededError extends Error {
  override name = 'SyncSupersededError';
}
