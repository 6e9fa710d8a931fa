/**
 * Prevention articles for women (issue 6). They are records like any other published
 * content, so they sync and can be corrected without a new app version.
 *
 * The body is structured blocks, never HTML (SAFETY.md rule 11): devices render each
 * block as text. Numbers to call are help-line keys (`../help-lines.ts`), links into the
 * directory are queries in the directory URL contract (CONTRACTS.md), so that neither
 * can be mistyped in a translation. Each language carries its translation status, shown
 * to the reader (CONTENT.md, "Languages").
 */
import { z } from 'zod';
import { helpLineKeySchema } from '../help-lines.ts';
import { languageCodeSchema, translationStatusSchema } from '../language-schemas.ts';
import { SOURCE_LANGUAGE } from '../languages.ts';
import { localizedTextSchema } from '../localized.ts';
import { regionCodeSchema } from '../regions.ts';
import { sectorSchema, serviceTypeSchema } from './directory.ts';

export const ARTICLE_TOPICS = [
  'relationship-violence',
  'rights-and-status',
  'getting-help',
  'safety-planning',
  'sexual-violence',
  'forced-marriage',
  'children-and-youth-protection',
  'shelter',
] as const;
export const articleTopicSchema = z.enum(ARTICLE_TOPICS);
export type ArticleTopic = z.infer<typeof articleTopicSchema>;

/** Pictograms the app draws itself (inline SVG, nothing fetched). */
export const PICTOGRAMS = [
  'people',
  'document',
  'hands',
  'bag',
  'hand',
  'rings',
  'family',
  'house',
  'phone',
  'alert',
  'chat',
  'lock',
] as const;
export const pictogramSchema = z.enum(PICTOGRAMS);
export type Pictogram = z.infer<typeof pictogramSchema>;

/**
 * Fragments that must never appear in a slug: the slug is in the URL, hence in the
 * browser history someone else may read (SAFETY.md rule 7). French and English.
 */
export const REVEALING_SLUG_FRAGMENTS = [
  'viol',
  'abus',
  'assault',
  'agress',
  'batter',
  'rape',
  'victim',
  'shelter',
  'heberg',
  'refuge',
  'police',
  'sexu',
  'forc',
  'danger',
  'escape',
  'fuir',
  'fuite',
  'crime',
  'dpj',
] as const;

export const articleSlugSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters and digits separated by single dashes')
  .refine(
    (slug) => !REVEALING_SLUG_FRAGMENTS.some((fragment) => slug.includes(fragment)),
    'a slug appears in the browser history: use a neutral word',
  );

/**
 * A link into the directory, in the URL contract of CONTRACTS.md (`/directory?...`).
 * `inReaderLanguage` adds `lang=<the language she reads the article in>` when followed.
 */
export const directoryQuerySchema = z
  .object({
    q: z.string().trim().min(1).max(100).optional(),
    region: regionCodeSchema.optional(),
    sector: sectorSchema.optional(),
    type: z.array(serviceTypeSchema).min(1).max(6).optional(),
    lang: z.optional(languageCodeSchema),
    inReaderLanguage: z.boolean().optional(),
    open: z.literal(true).optional(),
    h24: z.literal(true).optional(),
    evening: z.literal(true).optional(),
    weekend: z.literal(true).optional(),
    access: z.literal(true).optional(),
    children: z.literal(true).optional(),
    pets: z.literal(true).optional(),
    nostatus: z.literal(true).optional(),
    remote: z.literal(true).optional(),
  })
  .refine((query) => !(query.lang && query.inReaderLanguage), {
    message: 'either a fixed language or the reader’s language, not both',
    path: ['inReaderLanguage'],
  });
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

const shortText = z.string().trim().min(1).max(200);
const itemText = z.string().trim().min(1).max(600);

export const articleBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), text: shortText }),
  z.object({ type: z.literal('paragraph'), text: z.string().trim().min(1).max(2000) }),
  z.object({ type: z.literal('list'), items: z.array(itemText).min(1).max(20), ordered: z.boolean().optional() }),
  /** "What you can do": the concrete steps every article ends with. */
  z.object({ type: z.literal('actions'), title: shortText, items: z.array(itemText).min(1).max(12) }),
  /** Lines to call, drawn as large call buttons. */
  z.object({ type: z.literal('helpLines'), title: shortText, lines: z.array(helpLineKeySchema).min(1).max(7) }),
  z.object({ type: z.literal('directoryLink'), text: shortText, query: directoryQuerySchema }),
]);
export type ArticleBlock = z.infer<typeof articleBlockSchema>;

/** One language's body. Every article ends with what she can do and who to call (CONTENT.md). */
export const articleBodySchema = z
  .array(articleBlockSchema)
  .min(1)
  .max(80)
  .superRefine((blocks, context) => {
    for (const required of ['actions', 'helpLines'] as const) {
      if (!blocks.some((block) => block.type === required)) {
        context.addIssue({ code: 'custom', message: `needs a "${required}" block` });
      }
    }
  });
export type ArticleBody = z.infer<typeof articleBodySchema>;

export const articleDataSchema = z
  .object({
    /** Neutral word(s) for the URL `/info/<slug>`. */
    slug: articleSlugSchema,
    topic: articleTopicSchema,
    pictogram: pictogramSchema,
    /** Position in the list; lower first. */
    order: z.number().int().min(0).max(10_000),
    /** When the source text last changed (ISO date). */
    updated: z.iso.date(),
    title: localizedTextSchema,
    summary: localizedTextSchema,
    body: z.record(languageCodeSchema, articleBodySchema),
    translations: z.record(languageCodeSchema, translationStatusSchema),
  })
  .superRefine((article, context) => {
    // Every language is complete: a title without a body would show half an article.
    const languages = new Set(Object.keys(article.title));
    for (const field of ['summary', 'body', 'translations'] as const) {
      const present = new Set(Object.keys(article[field]));
      for (const lng of languages) {
        if (!present.has(lng)) context.addIssue({ code: 'custom', path: [field, lng], message: `the title has "${lng}" but ${field} does not` });
      }
      for (const lng of present) {
        if (!languages.has(lng)) context.addIssue({ code: 'custom', path: ['title', lng], message: `${field} has "${lng}" but the title does not` });
      }
    }
    if (article.translations[SOURCE_LANGUAGE] !== 'source') {
      context.addIssue({ code: 'custom', path: ['translations', SOURCE_LANGUAGE], message: 'French is the source text and must be present' });
    }
    for (const [lng, status] of Object.entries(article.translations)) {
      if (status === 'source' && lng !== SOURCE_LANGUAGE) {
        context.addIssue({ code: 'custom', path: ['translations', lng], message: 'only French is the source; a translation is machine-assisted or reviewed' });
      }
    }
  });
export type ArticleData = z.infer<typeof articleDataSchema>;
