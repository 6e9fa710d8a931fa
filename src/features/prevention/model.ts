/** Pure logic of the women's pages: which language to show, links, text to read aloud. */
import type { ArticleBlock, ArticleData, DirectoryQuery, Pictogram } from '../../shared/kinds/article.ts';
import { fallbackChain, type TranslationStatus } from '../../shared/languages.ts';
import { hrefWithSearch } from '../../lib/neutral-query.ts';

/** An article in the one language it will be shown in. */
export interface ResolvedArticle {
  /** Language of the text shown (set as `lang` on its container). */
  lang: string;
  /** True when the reader's language is missing and another one is shown. */
  isFallback: boolean;
  status: TranslationStatus;
  title: string;
  summary: string;
  blocks: readonly ArticleBlock[];
  pictogram: Pictogram;
  updated: string;
}

/**
 * The article in `lng`, or in the first language of the fallback chain (language → fr →
 * en) that it has. The whole article switches language together, never block by block.
 */
export function resolveArticle(article: ArticleData, lng: string): ResolvedArticle {
  const available = Object.keys(article.body);
  const lang = fallbackChain(lng).find((candidate) => article.body[candidate]) ?? available[0] ?? lng;
  return {
    lang,
    isFallback: lang !== lng,
    status: article.translations[lang] ?? 'machine-assisted',
    title: article.title[lang] ?? '',
    summary: article.summary[lang] ?? '',
    blocks: article.body[lang] ?? [],
    pictogram: article.pictogram,
    updated: article.updated,
  };
}

/** The catalog key that tells the reader how far to trust the text (CONTENT.md). */
export function translationStatusKey(status: TranslationStatus) {
  switch (status) {
    case 'source':
      return 'prevention:status.source' as const;
    case 'reviewed':
      return 'prevention:status.reviewed' as const;
    case 'machine-assisted':
      return 'prevention:status.machineAssisted' as const;
  }
}

const FLAGS = ['open', 'h24', 'evening', 'weekend', 'access', 'children', 'pets', 'nostatus', 'remote'] as const;

/**
 * `/directory?...` in the URL contract of CONTRACTS.md, with the reader's language if
 * asked; in discreet mode, in the neutral form (no "emergency-shelter" in the history).
 */
export function directoryHref(query: DirectoryQuery, readerLang: string, isDiscreet = false): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.region) params.set('region', query.region);
  if (query.sector) params.set('sector', query.sector);
  for (const type of query.type ?? []) params.append('type', type);
  const lang = query.lang ?? (query.inReaderLanguage ? readerLang : undefined);
  if (lang) params.set('lang', lang);
  for (const flag of FLAGS) if (query[flag]) params.set(flag, '1');
  return hrefWithSearch('/directory', params.toString(), isDiscreet);
}

/** What read-aloud says, in order: the text of the article, one part per block. */
export function speechParts(article: ResolvedArticle): string[] {
  const parts = [article.title, article.summary];
  for (const block of article.blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        parts.push(block.text);
        break;
      case 'list':
        parts.push(...block.items);
        break;
      case 'actions':
        parts.push(block.title, ...block.items);
        break;
      case 'helpLines':
        // The call buttons follow, in the reader's language, with their numbers.
        parts.push(block.title);
        break;
      case 'directoryLink':
        break;
    }
  }
  return parts;
}

/** Articles in reading order. */
export function sortArticles<T extends { data: Pick<ArticleData, 'order' | 'slug'> }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.data.order - b.data.order || a.data.slug.localeCompare(b.data.slug));
}

/** Neutral sites quick exit can go to when online (settings). Only visited on exit. */
export const EXIT_PRESETS = [
  { id: 'weather', url: 'https://www.meteomedia.com/' },
  { id: 'search', url: 'https://www.google.com/' },
  { id: 'encyclopedia', url: 'https://fr.wikipedia.org/' },
  { id: 'recipes', url: 'https://www.ricardocuisine.com/' },
] as const;
export type ExitChoice = 'local' | (typeof EXIT_PRESETS)[number]['id'] | 'custom';

/** Which option of the settings matches the stored exit URL. */
export function exitChoiceOf(exitUrl: string | null): ExitChoice {
  if (exitUrl === null) return 'local';
  return EXIT_PRESETS.find((preset) => preset.url === exitUrl)?.id ?? 'custom';
}
