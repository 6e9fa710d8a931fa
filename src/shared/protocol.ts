/**
 * The sync protocol between devices and the server (ARCHITECTURE.md, "Records and sync").
 * Both sides import these schemas; the server validates requests with them, devices
 * validate responses with them.
 */
import { z } from 'zod';
import { recordChangeSchema, recordKindSchema } from './records.ts';

export const PULL_LIMIT_MAX = 1000;
export const PULL_LIMIT_DEFAULT = 500;

/** `GET /api/v1/pull` query. The cursor is opaque to devices; unknown parameters are refused. */
export const pullQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(PULL_LIMIT_MAX).default(PULL_LIMIT_DEFAULT),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pullResponseSchema = z.object({
  changes: z.array(recordChangeSchema),
  /** Where the next pull starts. Store it in the same transaction as the changes. */
  cursor: z.string(),
  hasMore: z.boolean(),
  /** The cursor was older than the tombstone horizon: drop published data and start over. */
  reset: z.boolean().optional(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const statusResponseSchema = z.object({
  serverVersion: z.string(),
  /** The highest record version published: a device at this version is up to date. */
  contentVersion: z.number().int().min(0),
  counts: z.record(recordKindSchema, z.number().int().min(0)),
});
export type StatusResponse = z.infer<typeof statusResponseSchema>;

/**
 * `GET /api/v1/snapshot` takes no parameter. Its body (`application/x-ndjson`) is the
 * pull feed from no cursor in pages of PULL_LIMIT_MAX: one `pullResponseSchema` per line.
 */
export const snapshotQuerySchema = z.strictObject({});
