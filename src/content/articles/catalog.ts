/**
 * The prevention articles (issue 6): what each one is, independent of language. Its text
 * lives in `<lng>/<key>.json`, one file per language, so that a translation is a new file
 * and never a code change. `key` names the files and the record id; it never changes.
 * `slug` is the URL and must stay a neutral word (SAFETY.md rule 7).
 */
import type { ArticleTopic, Pictogram } from '../../shared/kinds/article.ts';

export interface ArticleEntry {
  key: string;
  slug: string;
  topic: ArticleTopic;
  pictogram: Pictogram;
  order: number;
  /** When the French source last changed. */
  updated: string;
}

export const ARTICLES: readonly ArticleEntry[] = [
  { key: 'relationship-violence', slug: 'relationships', topic: 'relationship-violence', pictogram: 'people', order: 10, updated: '2026-11-26' },
  { key: 'rights-and-status', slug: 'rights', topic: 'rights-and-status', pictogram: 'document', order: 20, updated: '2026-11-26' },
  { key: 'getting-help', slug: 'support', topic: 'getting-help', pictogram: 'chat', order: 30, updated: '2026-11-26' },
  { key: 'safety-planning', slug: 'planning', topic: 'safety-planning', pictogram: 'bag', order: 40, updated: '2026-11-26' },
  { key: 'sexual-violence', slug: 'consent', topic: 'sexual-violence', pictogram: 'hand', order: 50, updated: '2026-11-26' },
  { key: 'forced-marriage', slug: 'marriage', topic: 'forced-marriage', pictogram: 'rings', order: 60, updated: '2026-11-26' },
  { key: 'children-and-youth-protection', slug: 'children', topic: 'children-and-youth-protection', pictogram: 'family', order: 70, updated: '2026-11-26' },
  { key: 'shelter', slug: 'housing', topic: 'shelter', pictogram: 'house', order: 80, updated: '2026-11-26' },
];
