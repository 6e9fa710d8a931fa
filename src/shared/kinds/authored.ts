/**
 * Pieces shared by the authored content kinds (guide, checklist, protocol): stable
 * slugs, revisions, and text whose source language is French.
 */
import { z } from 'zod';
import { localizedTextSchema } from '../localized.ts';

/** A stable identifier inside a document, e.g. `afraid-to-go-home`. Never reused for a different meaning. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes, at most 63');

/**
 * The document's own version (1, 2, 3…), raised by its authors when its content changes.
 * Distinct from the sync `version` of the record envelope, which changes on every publish:
 * a case remembers the revision it was started with.
 */
export const revisionSchema = z.number().int().min(1);

/** Text written in French first (CONTENT.md: fr is the source); other languages are optional. */
export const sourceTextSchema = localizedTextSchema.refine(
  (text) => typeof text.fr === 'string',
  'needs French, the source language',
);
