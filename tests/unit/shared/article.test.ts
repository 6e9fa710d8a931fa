import { describe, expect, it } from 'vitest';
import { articleDataSchema, articleSlugSchema, directoryQuerySchema, type ArticleBlock } from '../../../src/shared/kinds/article.ts';
import { validateRecordData } from '../../../src/shared/record-schemas.ts';
import { RECORD_KINDS } from '../../../src/shared/records.ts';

const endBlocks: ArticleBlock[] = [
  { type: 'actions', title: 'Ce que vous pouvez faire', items: ['Parler à une personne de confiance.'] },
  { type: 'helpLines', title: 'Qui appeler', lines: ['emergency', 'sos-violence-conjugale'] },
];

function validArticle() {
  return {
    slug: 'relationships',
    topic: 'relationship-violence',
    pictogram: 'people',
    order: 1,
    updated: '2026-11-26',
    title: { fr: 'Titre', ar: 'عنوان' },
    summary: { fr: 'Résumé', ar: 'ملخص' },
    body: {
      fr: [{ type: 'paragraph', text: 'Bonjour.' }, ...endBlocks],
      ar: [{ type: 'paragraph', text: 'مرحبا.' }, ...endBlocks],
    },
    translations: { fr: 'source', ar: 'machine-assisted' },
  };
}

function problemsOf(data: unknown): string[] {
  const result = validateRecordData('article', data);
  return result.success ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the article record kind', () => {
  it('is a published kind with its own schema', () => {
    expect(RECORD_KINDS).toContain('article');
    expect(problemsOf(validArticle())).toEqual([]);
  });

  it('accepts every block type, including a directory link in the URL contract', () => {
    const article = validArticle();
    article.body.fr = [
      { type: 'heading', text: 'Un titre' },
      { type: 'list', items: ['un', 'deux'], ordered: true },
      { type: 'directoryLink', text: 'Trouver un service', query: { type: ['emergency-shelter'], children: true, inReaderLanguage: true } },
      ...endBlocks,
    ] as never;
    expect(problemsOf(article)).toEqual([]);
  });

  it('refuses a body that does not end with what she can do and who to call', () => {
    const article = validArticle();
    article.body.ar = [{ type: 'paragraph', text: 'مرحبا.' }];
    expect(problemsOf(article)).toEqual(['body.ar: needs a "actions" block', 'body.ar: needs a "helpLines" block']);
  });

  it('refuses raw HTML or any block it does not know', () => {
    const article = validArticle();
    article.body.fr = [{ type: 'html', html: '<script>alert(1)</script>' }, ...endBlocks] as never;
    expect(problemsOf(article).join('\n')).toMatch(/^body\.fr\.0\.type:/);
  });

  it('refuses a phone number that is not a verified help line', () => {
    const article = validArticle();
    article.body.fr = [{ type: 'actions', title: 'Faire', items: ['x'] }, { type: 'helpLines', title: 'Appeler', lines: ['5145550100'] }] as never;
    expect(problemsOf(article)).toEqual([expect.stringMatching(/^body\.fr\.1\.lines\.0:/)]);
  });

  it('names the language that is incomplete', () => {
    const article = validArticle();
    delete (article.summary as Record<string, string>).ar;
    delete (article.translations as Record<string, string>).ar;
    expect(problemsOf(article)).toEqual([
      'summary.ar: the title has "ar" but summary does not',
      'translations.ar: the title has "ar" but translations does not',
    ]);
  });

  it('needs the French source and marks no translation as source', () => {
    const noFrench = validArticle();
    noFrench.translations = { fr: 'machine-assisted', ar: 'source' };
    expect(problemsOf(noFrench)).toEqual([
      'translations.fr: French is the source text and must be present',
      'translations.ar: only French is the source; a translation is machine-assisted or reviewed',
    ]);
  });

  it('refuses an unknown translation status', () => {
    const article = validArticle();
    article.translations = { fr: 'source', ar: 'automatic' } as never;
    expect(problemsOf(article)).toEqual([expect.stringMatching(/^translations\.ar:/)]);
  });
});

describe('article slugs', () => {
  it('accept neutral words separated by dashes', () => {
    for (const slug of ['relationships', 'your-rights', 'marriage', 'a1']) expect(articleSlugSchema.safeParse(slug).success).toBe(true);
  });

  it('refuse words that would reveal the topic in the browser history', () => {
    for (const slug of ['violence', 'conjugal-violence', 'sexual-assault', 'shelter', 'hebergement', 'forced-marriage', 'abuse']) {
      expect(articleSlugSchema.safeParse(slug).success, slug).toBe(false);
    }
  });

  it('refuse anything but lowercase letters, digits and single dashes', () => {
    for (const slug of ['Rights', 'rights--2', '-rights', 'droits/2', 'é']) expect(articleSlugSchema.safeParse(slug).success, slug).toBe(false);
  });
});

describe('directory queries in articles', () => {
  it('use only the parameters of the URL contract', () => {
    expect(directoryQuerySchema.safeParse({ region: '08', type: ['help-line'], nostatus: true }).success).toBe(true);
    expect(directoryQuerySchema.safeParse({ region: '18' }).success).toBe(false);
    expect(directoryQuerySchema.safeParse({ type: ['spa'] }).success).toBe(false);
  });

  it('take a fixed language or the reader’s language, not both', () => {
    expect(directoryQuerySchema.safeParse({ lang: 'fa', inReaderLanguage: true }).success).toBe(false);
  });

  it('parse through the article schema as a whole', () => {
    expect(articleDataSchema.safeParse(validArticle()).success).toBe(true);
  });
});
