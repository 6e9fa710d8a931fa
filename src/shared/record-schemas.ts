/**
 * One zod schema per record kind: the server validates what it publishes with these,
 * and devices validate what they receive with the same code.
 */
import type { z } from 'zod';
import { articleDataSchema } from './kinds/article.ts';
import { checklistDataSchema } from './kinds/checklist.ts';
import { locationDataSchema, organizationDataSchema, serviceDataSchema } from './kinds/directory.ts';
import { guideDataSchema } from './kinds/guide.ts';
import { protocolDataSchema } from './kinds/protocol.ts';
import type { RecordKind } from './records.ts';

export const RECORD_DATA_SCHEMAS = {
  organization: organizationDataSchema,
  service: serviceDataSchema,
  location: locationDataSchema,
  guide: guideDataSchema,
  checklist: checklistDataSchema,
  protocol: protocolDataSchema,
  article: articleDataSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

export type RecordDataOf<K extends RecordKind> = z.infer<(typeof RECORD_DATA_SCHEMAS)[K]>;

export interface FieldProblem {
  /** Dotted path of the field inside `data`, e.g. `phones.0.number`. */
  path: string;
  message: string;
}

/** Validates the data of one record; returns the parsed data or the problems field by field. */
export function validateRecordData<K extends RecordKind>(
  kind: K,
  data: unknown,
): { success: true; data: RecordDataOf<K> } | { success: false; problems: FieldProblem[] } {
  const result = RECORD_DATA_SCHEMAS[kind].safeParse(data);
  if (result.success) return { success: true, data: result.data as RecordDataOf<K> };
  return {
    success: false,
    problems: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}
