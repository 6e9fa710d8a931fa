import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLES } from '../../../src/content/articles/catalog.ts';
import { articlesPack, DEFAULT_TEXT_DIR, nameBasedUuid } from '../../../src/content/articles/index.ts';
import { contentPackSchema } from '../../../src/shared/content-pack.ts';
import type { ArticleBlock, ArticleData } from '../../../src/shared/kinds/article.ts';
import { validateRecordData } from '../../../src/shared/record-schemas.ts';

const pack = articlesPack();
const articles = pack.records.map((record) => record.data as ArticleData);
const temporary: string[] = [];

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What a translation must keep exactly as in French: block order, lines to call, links. */
function structureOf(blocks: readonly ArticleBlock[]) {
  return blocks.map((block) => {
    if (block.type === 'helpLines') return { type: block.type, lines: block.lines };
    if (block.type === 'directoryLink') return { type: block.type, query: block.query };
    if (block.type === 'list' || block.type === 'actions') return { type: block.type, items: block.items.length };
    return { type: block.type };
  });
}

function textsOf(blocks: readonly ArticleBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'heading' || block.type === 'paragraph' || block.type === 'directoryLink') return [block.text];
    if (block.type === 'list') return block.items;
    if (block.type === 'actions') return [block.title, ...block.items];
    return [block.title];
  });
}

describe('the articles pack', () => {
  it('is a valid content pack whose every record passes the article schema', () => {
    expect(contentPackSchema.safeParse(pack).success).toBe(true);
    expect(pack.records).toHaveLength(ARTICLES.length);
    for (const record of pack.records) expect(validateRecordData('article', record.data)).toMatchObject({ success: true });
  });

  it('covers every topic the issue asks for, once each, with distinct neutral slugs', () => {
    expect(articles.map((article) => article.topic).sort()).toEqual([
      'children-and-youth-protection',
      'forced-marriage',
      'getting-help',
      'relationship-violence',
      'rights-and-status',
      'safety-planning',
      'sexual-violence',
      'shelter',
    ]);
    expect(new Set(articles.map((article) => article.slug)).size).toBe(articles.length);
  });

  it('derives the same ids on every build, as RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: the DNS namespace and "www.example.com".
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(articlesPack().records.map((record) => record.id)).toEqual(pack.records.map((record) => record.id));
    expect(new Set(pack.records.map((record) => record.id)).size).toBe(pack.records.length);
  });

  it('has every article in French (source), English and Arabic (machine-assisted)', () => {
    for (const article of articles) {
      expect(article.translations).toMatchObject({ fr: 'source', en: 'machine-assisted', ar: 'machine-assisted' });
    }
  });

  it('has every article in every language the interface offers (locales/<lng>/meta.json)', () => {
    const offered = readdirSync('locales').filter((lng) => existsSync(path.join('locales', lng, 'meta.json')));
    expect(offered.length).toBeGreaterThanOrEqual(3);
    for (const article of articles) {
      for (const lng of offered) expect(Object.keys(article.translations), `${article.slug} has no "${lng}" text`).toContain(lng);
    }
  });

  it('keeps, in every translation, the blocks, lines to call and directory links of the French source', () => {
    for (const article of articles) {
      const source = structureOf(article.body.fr ?? []);
      for (const [lng, blocks] of Object.entries(article.body)) expect(structureOf(blocks), `${article.slug} in ${lng}`).toEqual(source);
    }
  });

  it('ends every article with what she can do, who to call, and a link into the directory', () => {
    for (const article of articles) {
      const types = (article.body.fr ?? []).map((block) => block.type);
      expect(types.indexOf('actions'), article.slug).toBeGreaterThan(types.lastIndexOf('paragraph'));
      expect(types, article.slug).toContain('helpLines');
      expect(types, article.slug).toContain('directoryLink');
    }
  });

  it('writes no phone number in the text: numbers come only from the verified help lines', () => {
    for (const article of articles) {
      for (const [lng, blocks] of Object.entries(article.body)) {
        for (const text of textsOf(blocks)) expect(text, `${article.slug} in ${lng}`).not.toMatch(/\d{3}[\s.-]?\d{3}[\s.-]?\d{4}/);
      }
    }
  });

  it('changes its version when a text changes, so that importers update', () => {
    const dir = copyTexts();
    const file = path.join(dir, 'en', 'shelter.json');
    const text = JSON.parse(readFileSync(file, 'utf8')) as { summary: string };
    writeFileSync(file, JSON.stringify({ ...text, summary: `${text.summary} (updated)` }));
    expect(articlesPack({ textDir: dir }).manifest.version).not.toBe(pack.manifest.version);
  });
});

function copyTexts(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
  temporary.push(dir);
  for (const lng of ['fr', 'en', 'ar']) cpSync(path.join(DEFAULT_TEXT_DIR, lng), path.join(dir, lng), { recursive: true });
  return dir;
}

/** A pseudo-locale: every letter accented and every text bracketed, so untranslated text shows. */
function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return `[${value.replace(/[aeiou]/g, (vowel) => ({ a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' })[vowel] ?? vowel)}]`;
  if (Array.isArray(value)) return value.map(pseudo);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, ['type', 'lines', 'query', 'status'].includes(key) ? child : pseudo(child)]),
    );
  }
  return value;
}

describe('adding a language', () => {
  it('needs only a folder of text files: a pseudo-locale joins every article without a code change', () => {
    const dir = copyTexts();
    cpSync(path.join(dir, 'fr'), path.join(dir, 'qps-ploc'), { recursive: true });
    for (const file of readdirSync(path.join(dir, 'qps-ploc'))) {
      const where = path.join(dir, 'qps-ploc', file);
      const text = pseudo(JSON.parse(readFileSync(where, 'utf8'))) as Record<string, unknown>;
      writeFileSync(where, JSON.stringify({ ...text, status: 'machine-assisted' }));
    }
    const withPseudo = articlesPack({ textDir: dir });
    for (const record of withPseudo.records) {
      const article = record.data as ArticleData;
      expect(article.translations['qps-ploc']).toBe('machine-assisted');
      expect(article.title['qps-ploc']).toMatch(/^\[.+\]$/);
    }
    expect(withPseudo.records.map((record) => record.id)).toEqual(pack.records.map((record) => record.id));
  });

  it('refuses a bad translation file and names the file and the field', () => {
    const dir = copyTexts();
    const file = path.join(dir, 'ar', 'rights-and-status.json');
    const text = JSON.parse(readFileSync(file, 'utf8')) as { body: unknown[] };
    writeFileSync(file, JSON.stringify({ ...text, body: text.body.slice(0, 2) }));
    expect(() => articlesPack({ textDir: dir })).toThrow(/ar[/\\]rights-and-status\.json: body: needs a "actions" block/);
    writeFileSync(file, JSON.stringify({ ...text, status: 'source' }));
    expect(() => articlesPack({ textDir: dir })).toThrow(/ar[/\\]rights-and-status\.json: status: "source" is for the French text only/);
  });

  it('refuses a translation of an article that does not exist', () => {
    const dir = copyTexts();
    writeFileSync(path.join(dir, 'en', 'typo.json'), '{}');
    expect(() => articlesPack({ textDir: dir })).toThrow(/en[/\\]typo\.json: no article "typo"/);
  });
});
