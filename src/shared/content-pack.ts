/**
 * Content packs: many records plus a manifest, as JSON files. The server imports them
 * (all or nothing) and exports them; the default content ships as packs.
 */
import { z } from 'zod';
import { recordIdSchema, recordKindSchema } from './records.ts';

export const packManifestSchema = z.object({
  /** Stable name, e.g. `demo-directory`, `help-lines`, `articles`. */
  name: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lowercase letters, digits and dashes'),
  /** Version of the pack's content, e.g. `2026.11.26` or `3`. */
  version: z.string().min(1).max(40),
  created: z.iso.datetime({ offset: true }),
  /** Who made it or where it comes from. */
  source: z.string().min(1).max(500),
});
export type PackManifest = z.infer<typeof packManifestSchema>;

/** A record inside a pack. `data` is validated against its kind's schema at import. */
export const packRecordSchema = z.object({
  kind: recordKindSchema,
  id: recordIdSchema,
  deleted: z.boolean().default(false),
  data: z.unknown(),
});
export type PackRecord = z.infer<typeof packRecordSchema>;

export const contentPackSchema = z.object({
  manifest: packManifestSchema,
  records: z.array(packRecordSchema),
});
export type ContentPack = z.infer<typeof contentPackSchema>;
