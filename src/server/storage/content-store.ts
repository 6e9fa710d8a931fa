/**
 * The content store: every query the server makes about published records goes through
 * this interface, so that PostgreSQL can be added as another implementation (a Kysely
 * dialect) without touching routes, content packs or the CLI.
 *
 * Versions: one global counter, strictly increasing; each committed change to a record
 * takes the next value, and a record keeps only its latest version. A device that has
 * seen everything up to version `v` needs exactly the rows with `version > v`.
 */
import type { RecordKind } from '../../shared/records.ts';

/** A change ready to be stored: already validated and stripped for publication. */
export interface PreparedChange {
  kind: RecordKind;
  id: string;
  deleted: boolean;
  /** Canonical JSON of the validated, publishable data; null for a deletion. */
  dataJson: string | null;
}

/** A prepared change and where its content comes from (kept with the record). */
export interface ChangeToApply extends PreparedChange {
  /** E.g. `pack:help-lines@2026.11.26`. */
  source: string;
}

/** Who made a batch of changes, and when. */
export interface ChangeOrigin {
  /** An account, or a tool such as `content-cli` or `default-packs`. */
  updatedBy: string;
  at: Date;
}

export interface ApplySummary {
  created: number;
  updated: number;
  deleted: number;
  /** Changes that matched the stored record exactly and so took no new version. */
  unchanged: number;
  contentVersion: number;
}

export interface ContentState {
  /** The last version assigned; a device whose cursor is here has everything. */
  contentVersion: number;
  /** The highest version of a tombstone removed by compaction (0 when none ever was). */
  tombstoneHorizon: number;
}

export interface StoredChange {
  kind: RecordKind;
  id: string;
  version: number;
  deleted: boolean;
  /** The stored canonical JSON, sent as is; null for a tombstone. */
  dataJson: string | null;
}

export interface PullRequest {
  afterVersion: number;
  limit: number;
  /** Decides, on the same snapshot as the rows, whether the device must start over from 0. */
  mustRestart: (state: ContentState) => boolean;
}

export interface PullResult {
  state: ContentState;
  restarted: boolean;
  /** Up to `limit` rows with `version > after` (or > 0 when restarted), by version. */
  changes: StoredChange[];
  hasMore: boolean;
  /**
   * After these changes the device has everything up to this version: the last row of
   * the page when more follow, else the content version of the snapshot.
   */
  throughVersion: number;
}

/** Two records cannot share an id across kinds; a batch that tries is refused whole. */
export class KindConflictError extends Error {
  override name = 'KindConflictError';
  constructor(readonly conflicts: { id: string; storedKind: string; newKind: string }[]) {
    super(`${conflicts.length} record id(s) already belong to another kind`);
  }
}

export interface ContentStore {
  /**
   * Applies every change or none, in one transaction. A change that alters a record (or
   * deletes a live one) takes the next version; one that matches the stored record takes
   * none, so that devices do not download it again.
   */
  applyChanges(changes: readonly ChangeToApply[], origin: ChangeOrigin): Promise<ApplySummary>;
  state(): Promise<ContentState>;
  /** One page of changes and the state it was read with, from a single snapshot. */
  pull(request: PullRequest): Promise<PullResult>;
  /** Live (not deleted) records per kind; kinds without records are absent. */
  countLive(): Promise<Partial<Record<RecordKind, number>>>;
  /** True when no record, live or deleted, was ever stored. */
  isEmpty(): Promise<boolean>;
  /** Live records of `kind` by id, for export. */
  liveRecords(kind: RecordKind): Promise<{ id: string; dataJson: string }[]>;
  /**
   * Removes tombstones deleted before `deletedBefore` and raises the tombstone horizon to
   * the highest version removed: a device positioned below it may have missed a deletion.
   */
  compactTombstones(deletedBefore: Date): Promise<{ removed: number; tombstoneHorizon: number }>;
  /** A server secret stored with the content (created with `create` the first time). */
  secret(name: string, create: () => string): Promise<string>;
  close(): Promise<void>;
}
