/**
 * A referral case as kept on this device (never synced: SAFETY.md rule 2). There is no
 * name field anywhere: the intervenor chooses an anonymous code. Read through zod so a
 * damaged or future-version row is reported instead of crashing a screen.
 */
import { z } from 'zod';
import { checklistGroupSchema } from '../../shared/kinds/checklist.ts';
import { serviceTypeSchema } from '../../shared/kinds/directory.ts';
import { immigrationFactorSchema, indicatorCategorySchema, urgencySchema } from '../../shared/kinds/guide.ts';
import { languageCodeSchema } from '../../shared/language-schemas.ts';
import { localizedTextSchema } from '../../shared/localized.ts';
import { regionCodeSchema } from '../../shared/regions.ts';
import { encryptedEnvelopeSchema } from '../crypto/passphrase-cipher.ts';

export const CASE_SCHEMA_VERSION = 1;
export const CASE_CODE_MAX = 40;

/** The anonymous code: short, chosen by the intervenor, never her name (the UI says so). */
export const caseCodeSchema = z.string().trim().min(1).max(CASE_CODE_MAX);

/**
 * What a case keeps of a screening: the answers given and the outcome, with the texts of
 * the guide revision used, so the case reads the same after a newer guide syncs.
 */
export const screeningSnapshotSchema = z.object({
  guideId: z.uuid(),
  guideRevision: z.number().int().min(1),
  guideTitle: localizedTextSchema,
  completedAt: z.iso.datetime({ offset: true }),
  answers: z.array(
    z.object({
      itemId: z.string(),
      prompt: localizedTextSchema,
      answer: z.string(),
      /** The option's label for a choice; null for yes / no / unsure. */
      answerLabel: localizedTextSchema.nullable(),
    }),
  ),
  notes: z.array(z.object({ itemId: z.string(), prompt: localizedTextSchema, text: z.string() })),
  outcome: z.object({
    ruleId: z.string(),
    pathTitle: localizedTextSchema,
    urgency: urgencySchema,
    serviceTypes: z.array(serviceTypeSchema),
    advice: z.array(localizedTextSchema),
    additions: z.array(localizedTextSchema),
    indicators: z.array(
      z.object({ id: z.string(), category: indicatorCategorySchema, label: localizedTextSchema, factor: immigrationFactorSchema.optional() }),
    ),
    nextChecklistIds: z.array(z.uuid()),
  }),
});
export type ScreeningSnapshot = z.infer<typeof screeningSnapshotSchema>;

/** A checklist worked inside a case, with the texts of the revision it was added at. */
export const caseChecklistSchema = z.object({
  checklistId: z.uuid(),
  revision: z.number().int().min(1),
  title: localizedTextSchema,
  groups: z.array(checklistGroupSchema),
  checked: z.record(z.string(), z.boolean()),
  addedAt: z.iso.datetime({ offset: true }),
});
export type CaseChecklist = z.infer<typeof caseChecklistSchema>;

export const followUpSchema = z.object({
  id: z.string().min(1),
  date: z.iso.date(),
  note: z.string().max(200),
  isDone: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const COORDINATORS = ['referring', 'receiving', 'shared'] as const;

export const caseDataSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  code: caseCodeSchema,
  createdAt: z.iso.datetime({ offset: true }),
  /** Her language, for interpretation and the directory filter. */
  language: z.nullable(languageCodeSchema),
  region: regionCodeSchema.nullable(),
  consent: z.object({
    /** She agreed that this case is kept on this device. */
    storage: z.boolean(),
    referral: z.boolean(),
    shareSummary: z.boolean(),
    keepInTouch: z.boolean(),
    how: z.enum(['verbal', 'written']).nullable(),
    recordedAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  interpreter: z.object({
    isNeeded: z.boolean(),
    language: z.nullable(languageCodeSchema),
    /** Did she approve the interpreter? null until asked. */
    isApprovedByHer: z.boolean().nullable(),
  }),
  screening: screeningSnapshotSchema.nullable(),
  /** The receiving resource, with what is needed to reach it even if the directory changes. */
  receiving: z
    .object({ serviceId: z.uuid(), name: localizedTextSchema, phone: z.string().nullable() })
    .nullable(),
  coordination: z.object({
    coordinator: z.enum(COORDINATORS).nullable(),
    /** How to keep in touch confidentially: safe times, safe channel, agreed word… */
    contactPlan: z.string().max(2000),
  }),
  followUps: z.array(followUpSchema),
  checklists: z.array(caseChecklistSchema),
  notes: z.string().max(10_000),
});
export type CaseData = z.infer<typeof caseDataSchema>;

/** The row's payload: the case in clear, or encrypted with her intervenor's passphrase. */
export const casePayloadSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), data: caseDataSchema }),
  z.object({ state: z.literal('locked'), envelope: encryptedEnvelopeSchema }),
]);
export type CasePayload = z.infer<typeof casePayloadSchema>;

/** A new, empty case. */
export function emptyCase(code: string, now: Date): CaseData {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    code: caseCodeSchema.parse(code),
    createdAt: now.toISOString(),
    language: null,
    region: null,
    consent: { storage: false, referral: false, shareSummary: false, keepInTouch: false, how: null, recordedAt: null },
    interpreter: { isNeeded: false, language: null, isApprovedByHer: null },
    screening: null,
    receiving: null,
    coordination: { coordinator: null, contactPlan: '' },
    followUps: [],
    checklists: [],
    notes: '',
  };
}
