/**
 * The prevention articles as a content pack (CONTRACTS.md, "Default content packs").
 *
 * Reads `<lng>/<key>.json` next to this file: adding a language is adding a folder of
 * JSON files (CONTENT.md, "Languages"), nothing else. Every file is validated, and a bad
 * one stops the build of the pack with its path and the field at fault. Node only: the
 * server imports the pack; devices receive the records through sync.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ContentPack } from '../../shared/content-pack.ts';
import { articleBodySchema, articleDataSchema, type ArticleData } from '../../shared/kinds/article.ts';
import { languageCodeSchema, translationStatusSchema } from '../../shared/language-schemas.ts';
import { SOURCE_LANGUAGE } from '../../shared/languages.ts';
import { ARTICLES, type ArticleEntry } from './catalog.ts';

/** One language of one article, as a translator writes it. */
export const articleTextSchema = z.strictObject({
  status: translationStatusSchema,
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().min(1).max(400),
  body: articleBodySchema,
});
export type ArticleText = z.infer<typeof articleTextSchema>;

export const DEFAULT_TEXT_DIR = path.dirname(fileURLToPath(import.meta.url));

// DO NOT CHANGE: ids derive from it, and a new namespace would duplicate every article on devices.
const ID_NAMESPACE = '5d0c9f4e-8a61-4b7e-9c2a-3f1e6b8d4a70';

/** A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name), stable across builds. */
export function nameBasedUuid(name: string, namespace: string = ID_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function articleId(entry: Pick<ArticleEntry, 'key'>): string {
  return nameBasedUuid(`passerelle:article:${entry.key}`);
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ');
}

/** Every language file under `dir`, by article key then language. Throws on any bad file. */
export function readArticleTexts(dir: string, entries: readonly ArticleEntry[] = ARTICLES): Map<string, Record<string, ArticleText>> {
  const texts = new Map<string, Record<string, ArticleText>>(entries.map((entry) => [entry.key, {}]));
  const languages = readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort();
  for (const lng of languages) {
    if (!languageCodeSchema.safeParse(lng).success) throw new Error(`${path.join(dir, lng)}: "${lng}" is not a language code`);
    for (const file of readdirSync(path.join(dir, lng)).sort()) {
      const where = path.join(dir, lng, file);
      const key = file.replace(/\.json$/, '');
      const byLanguage = texts.get(key);
      if (!file.endsWith('.json') || !byLanguage) throw new Error(`${where}: no article "${key}" in catalog.ts`);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(where, 'utf8'));
      } catch (error) {
        throw new Error(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      }
      const parsed = articleTextSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${where}: ${describe(parsed.error)}`);
      if ((parsed.data.status === 'source') !== (lng === SOURCE_LANGUAGE)) {
        throw new Error(`${where}: status: "source" is for the French text only; a translation is "machine-assisted" or "reviewed"`);
      }
      byLanguage[lng] = parsed.data;
    }
  }
  return texts;
}

/** The record data of one article from its texts in every language. */
export function buildArticleData(entry: ArticleEntry, texts: Record<string, ArticleText>): ArticleData {
  const languages = Object.keys(texts).sort();
  const pick = <T>(value: (text: ArticleText) => T) => Object.fromEntries(languages.map((lng) => [lng, value(texts[lng] as ArticleText)]));
  const parsed = articleDataSchema.safeParse({
    slug: entry.slug,
    topic: entry.topic,
    pictogram: entry.pictogram,
    order: entry.order,
    updated: entry.updated,
    title: pick((text) => text.title),
    summary: pick((text) => text.summary),
    body: pick((text) => text.body),
    translations: pick((text) => text.status),
  });
  if (!parsed.success) throw new Error(`article "${entry.key}": ${describe(parsed.error)}`);
  return parsed.data;
}

/** The pack of every article in every language found under `textDir`. */
export function articlesPack(options: { textDir?: string } = {}): ContentPack {
  const textDir = options.textDir ?? DEFAULT_TEXT_DIR;
  if (!existsSync(textDir)) throw new Error(`${textDir}: no article texts`);
  const texts = readArticleTexts(textDir);
  const records = ARTICLES.map((entry) => ({
    kind: 'article' as const,
    id: articleId(entry),
    deleted: false,
    data: buildArticleData(entry, texts.get(entry.key) ?? {}),
  }));
  const latest = ARTICLES.map((entry) => entry.updated).sort().at(-1) ?? '2026-11-26';
  // The version changes with any text (a new translation too), so importers see an update.
  const contentHash = createHash('sha256').update(JSON.stringify(records)).digest('hex').slice(0, 10);
  return {
    manifest: {
      name: 'articles',
      version: `${latest.replaceAll('-', '.')}-${contentHash}`,
      created: `${latest}T00:00:00Z`,
      source: 'Passerelle: original prevention articles for women (issue 6); facts from ../shared/design/CONTENT.md',
    },
    records,
  };
}
