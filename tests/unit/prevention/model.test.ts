import { describe, expect, it } from 'vitest';
import { directoryHref, exitChoiceOf, resolveArticle, sortArticles, speechParts, translationStatusKey } from '../../../src/features/prevention/model.ts';
import type { ArticleBlock, ArticleData } from '../../../src/shared/kinds/article.ts';

const end = (lng: string): ArticleBlock[] => [
  { type: 'paragraph', text: `texte ${lng}` },
  { type: 'actions', title: `faire ${lng}`, items: [`étape ${lng}`] },
  { type: 'helpLines', title: `appeler ${lng}`, lines: ['emergency'] },
  { type: 'directoryLink', text: `lien ${lng}`, query: { type: ['help-line'] } },
];

function article(languages: Record<string, ArticleData['translations'][string]>, overrides: Partial<ArticleData> = {}): ArticleData {
  const codes = Object.keys(languages);
  const each = (make: (lng: string) => unknown) => Object.fromEntries(codes.map((lng) => [lng, make(lng)]));
  return {
    slug: 'relationships',
    topic: 'relationship-violence',
    pictogram: 'people',
    order: 10,
    updated: '2026-11-26',
    title: each((lng) => `titre ${lng}`),
    summary: each((lng) => `résumé ${lng}`),
    body: each(end),
    translations: languages,
    ...overrides,
  } as ArticleData;
}

describe('choosing the language of an article', () => {
  const data = article({ fr: 'source', en: 'machine-assisted', ar: 'reviewed' });

  it('shows the reader’s language with its own translation status', () => {
    expect(resolveArticle(data, 'ar')).toMatchObject({ lang: 'ar', isFallback: false, status: 'reviewed', title: 'titre ar' });
  });

  it('falls back to French, then English, as a whole article and says so', () => {
    expect(resolveArticle(data, 'fa')).toMatchObject({ lang: 'fr', isFallback: true, status: 'source', title: 'titre fr', summary: 'résumé fr' });
    expect(resolveArticle(data, 'fa').blocks).toEqual(end('fr'));
    const noFrench = { ...data, title: { en: 'title en' }, summary: { en: 's' }, body: { en: end('en') }, translations: { en: 'machine-assisted' as const } };
    expect(resolveArticle(noFrench, 'zh')).toMatchObject({ lang: 'en', isFallback: true, title: 'title en' });
  });

  it('sends Haitian Creole and regional variants to the right text', () => {
    expect(resolveArticle(data, 'ht').lang).toBe('fr');
    expect(resolveArticle(data, 'ar-EG')).toMatchObject({ lang: 'ar', isFallback: true });
  });

  it('shows a new language as soon as its text exists, with no code change', () => {
    const withPseudo = article({ fr: 'source', 'qps-ploc': 'machine-assisted' });
    expect(resolveArticle(withPseudo, 'qps-ploc')).toMatchObject({ lang: 'qps-ploc', isFallback: false, title: 'titre qps-ploc' });
  });
});

describe('the translation status shown to the reader', () => {
  it('has one message per status', () => {
    expect(translationStatusKey('source')).toBe('prevention:status.source');
    expect(translationStatusKey('machine-assisted')).toBe('prevention:status.machineAssisted');
    expect(translationStatusKey('reviewed')).toBe('prevention:status.reviewed');
  });
});

describe('links into the directory', () => {
  it('follow the URL contract, with repeatable types and flags as 1', () => {
    expect(directoryHref({ region: '08', type: ['emergency-shelter', 'help-line'], nostatus: true, h24: true }, 'fr')).toBe(
      '/directory?region=08&type=emergency-shelter&type=help-line&h24=1&nostatus=1',
    );
  });

  it('add the language the article is read in when asked', () => {
    expect(directoryHref({ type: ['bridge-organization'], inReaderLanguage: true }, 'fa')).toBe('/directory?type=bridge-organization&lang=fa');
    expect(directoryHref({ lang: 'es' }, 'fa')).toBe('/directory?lang=es');
  });

  it('open the whole directory for an empty query', () => {
    expect(directoryHref({}, 'fr')).toBe('/directory');
  });
});

describe('read-aloud text', () => {
  it('reads the title, the summary and every block’s text in order, without link labels', () => {
    expect(speechParts(resolveArticle(article({ fr: 'source' }), 'fr'))).toEqual(['titre fr', 'résumé fr', 'texte fr', 'faire fr', 'étape fr', 'appeler fr']);
  });
});

describe('article order and exit settings', () => {
  it('sorts articles by their order, then by slug', () => {
    const a = { data: { order: 20, slug: 'b' } };
    const b = { data: { order: 10, slug: 'z' } };
    const c = { data: { order: 20, slug: 'a' } };
    expect(sortArticles([a, b, c])).toEqual([b, c, a]);
  });

  it('recognises the stored exit destination among the choices', () => {
    expect(exitChoiceOf(null)).toBe('local');
    expect(exitChoiceOf('https://www.meteomedia.com/')).toBe('weather');
    expect(exitChoiceOf('https://example.org/')).toBe('custom');
  });
});
