/**
 * Screening conversation guides (issue 5): guide → sections → steps → items (questions
 * addressed to the woman, or observations by the intervenor). Answers raise indicators
 * (immediate danger, high risk, concern — including the immigration-specific factors of
 * CONTENT.md); outcome rules map them to a recommended path.
 *
 * Rules are data. The device evaluates them with pure code (features/screening/model.ts);
 * this schema makes sure that a rule can only name service types, indicators, questions
 * and answers that exist, so that a bad guide is refused at import instead of crashing
 * a screening in the field.
 */
import { z } from 'zod';
import { languageCodeSchema, textDirectionSchema, translationStatusSchema } from '../language-schemas.ts';
import { localizedTextSchema } from '../localized.ts';
import { regionCodeSchema } from '../regions.ts';
import { revisionSchema, slugSchema, sourceTextSchema } from './authored.ts';
import { serviceTypeSchema } from './directory.ts';
import { checkGuideReferences } from './guide-checks.ts';
import {
  conditionSchema,
  immigrationFactorSchema,
  indicatorCategorySchema,
  NOT_ASKED,
  urgencySchema,
} from './guide-condition.ts';

export * from './guide-condition.ts';

export const indicatorSchema = z.object({
  id: slugSchema,
  category: indicatorCategorySchema,
  /** Set when the indicator is one of the immigration-specific factors. */
  factor: immigrationFactorSchema.optional(),
  label: sourceTextSchema,
  /** Why it matters, for the intervenor. */
  why: sourceTextSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const raiseSchema = z.object({
  indicator: slugSchema,
  when: z.array(z.enum(['yes', 'no', 'unsure'])).min(1),
});

const choiceOptionSchema = z.object({
  id: slugSchema.refine((id) => id !== NOT_ASKED, `"${NOT_ASKED}" is reserved`),
  label: sourceTextSchema,
  /** The option as the woman reads it (handover view), in her language. */
  toWoman: localizedTextSchema.optional(),
  raises: z.array(slugSchema).default([]),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

const itemBase = {
  id: slugSchema,
  /** `question`: asked to the woman (needs `toWoman`); `observation`: noted by the intervenor. */
  kind: z.enum(['question', 'observation']),
  /** What to ask or note, for the intervenor (fr + en). */
  prompt: sourceTextSchema,
  /** How to ask it, or why it matters. */
  guidance: sourceTextSchema.optional(),
  /** The question in the woman's words and language: every language she may read (CONTENT.md). */
  toWoman: localizedTextSchema.optional(),
};

export const itemSchema = z.discriminatedUnion('answerType', [
  z.object({ ...itemBase, answerType: z.literal('yes-no'), raises: z.array(raiseSchema).default([]) }),
  z.object({ ...itemBase, answerType: z.literal('choice'), options: z.array(choiceOptionSchema).min(2) }),
  /** A free note: never stored unless the intervenor saves the screening in a case. */
  z.object({ ...itemBase, answerType: z.literal('note') }),
]);
export type GuideItem = z.infer<typeof itemSchema>;

export const stepSchema = z.object({
  id: slugSchema,
  title: sourceTextSchema,
  intro: sourceTextSchema.optional(),
  /** The step is shown only when this holds (e.g. not when she is not alone). */
  showIf: conditionSchema.optional(),
  items: z.array(itemSchema).min(1),
});
export type GuideStep = z.infer<typeof stepSchema>;

export const sectionSchema = z.object({
  id: slugSchema,
  title: sourceTextSchema,
  steps: z.array(stepSchema).min(1),
});
export type GuideSection = z.infer<typeof sectionSchema>;

/**
 * An outcome rule. `path` rules are tried in order and the first that holds gives the
 * recommended path; every `add` rule that holds adds service types, advice and checklists.
 */
export const outcomeRuleSchema = z.object({
  id: slugSchema,
  mode: z.enum(['path', 'add']),
  when: conditionSchema,
  title: sourceTextSchema,
  advice: z.array(sourceTextSchema).default([]),
  serviceTypes: z.array(serviceTypeSchema).default([]),
  urgency: urgencySchema.optional(),
  nextChecklistId: z.uuid().optional(),
});
export type OutcomeRule = z.infer<typeof outcomeRuleSchema>;

/** A language the woman-facing text is written in, with the status shown to the reader. */
export const womanLanguageSchema = z.object({
  code: languageCodeSchema,
  /** Its name in that language. */
  name: z.string().min(1).max(60),
  dir: textDirectionSchema,
  status: translationStatusSchema,
});
export type WomanLanguage = z.infer<typeof womanLanguageSchema>;

export const guideDataSchema = z
  .object({
    slug: slugSchema,
    revision: revisionSchema,
    title: sourceTextSchema,
    summary: sourceTextSchema,
    /** States that the guide supports, not replaces, the intervenor's judgment; not a validated score. */
    disclaimer: sourceTextSchema,
    /** Set for a regional version of a guide. */
    region: regionCodeSchema.optional(),
    womanLanguages: z.array(womanLanguageSchema).min(1),
    /** Short woman-facing phrases of the handover view (answers, "listen"…), by key. */
    womanPhrases: z.record(slugSchema, localizedTextSchema).default({}),
    sections: z.array(sectionSchema).min(1),
    indicators: z.array(indicatorSchema),
    rules: z.array(outcomeRuleSchema).min(1),
    demo: z.boolean().default(false),
  })
  .superRefine(checkGuideReferences);
export type GuideData = z.infer<typeof guideDataSchema>;
