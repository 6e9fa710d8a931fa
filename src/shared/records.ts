/**
 * The record envelope every piece of published content travels in (ARCHITECTURE.md,
 * "Records and sync"). Per-kind data schemas live in `./kinds/` and are registered in
 * `./record-schemas.ts`.
 */
import { z } from 'zod';

/**
 * Kinds of published content, each with a schema in `record-schemas.ts` and a table on the
 * device (`lib/db.ts`). Append only. Guides, checklists, articles and protocols join as
 * their features land (their device tables already exist).
 */
export const RECORD_KINDS = ['organization', 'service', 'location', 'guide', 'checklist', 'protocol', 'article'] as const;
export const recordKindSchema = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof recordKindSchema>;

export const recordIdSchema = z.uuid();

/** One change as it travels from the server to devices. `data` is null for a tombstone. */
export const recordChangeSchema = z.object({
  kind: recordKindSchema,
  id: recordIdSchema,
  version: z.number().int().positive(),
  deleted: z.boolean(),
  data: z.unknown(),
});
export type RecordChange = z.infer<typeof recordChangeSchema>;
