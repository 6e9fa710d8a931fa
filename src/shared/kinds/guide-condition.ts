/**
 * The vocabulary of screening rules: indicator categories, immigration-specific factors,
 * urgencies, answers, and the condition language that steps and outcome rules use.
 */
import { z } from 'zod';
import { slugSchema } from './authored.ts';

export const INDICATOR_CATEGORIES = ['immediate-danger', 'high-risk', 'concern'] as const;
export const indicatorCategorySchema = z.enum(INDICATOR_CATEGORIES);
export type IndicatorCategory = z.infer<typeof indicatorCategorySchema>;

/** The immigration-specific factors that screening and referral must account for (CONTENT.md). */
export const IMMIGRATION_FACTORS = [
  'sponsor-dependence',
  'precarious-status',
  'deportation-threats',
  'language-barriers',
  'isolation',
  'family-community-pressure',
  'forced-marriage',
  'honour-based-violence',
  'financial-control',
  'document-confiscation',
  'children-youth-protection-fear',
  'recent-arrival',
  'pregnancy',
] as const;
export const immigrationFactorSchema = z.enum(IMMIGRATION_FACTORS);
export type ImmigrationFactor = z.infer<typeof immigrationFactorSchema>;

/** How soon the recommended path should start, most urgent first. */
export const URGENCIES = ['immediate', 'within-24-hours', 'within-a-week', 'when-she-is-ready'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

/** Answers to a yes/no item. `not-asked` is also what an item left untouched counts as. */
export const YES_NO_ANSWERS = ['yes', 'no', 'unsure', 'not-asked'] as const;
export const NOT_ASKED = 'not-asked';

/** When a condition holds. Evaluated over the answers and the indicators they raise. */
export type Condition =
  | { always: true }
  | { indicator: string }
  | { category: IndicatorCategory; atLeast?: number }
  | { factor: ImmigrationFactor }
  | { answer: string; in: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ indicator: slugSchema }),
    z.strictObject({ category: indicatorCategorySchema, atLeast: z.number().int().min(1).optional() }),
    z.strictObject({ factor: immigrationFactorSchema }),
    z.strictObject({ answer: slugSchema, in: z.array(slugSchema).min(1) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);
