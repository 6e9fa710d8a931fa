/**
 * Real records of the default content packs (what an empty server publishes), for pages
 * that need an id or a slug: Lighthouse and the accessibility walk open these.
 */
import { articlesPack } from '../../src/content/articles/index.ts';
import { demoDirectoryPack } from '../../src/content/directory/index.ts';
import type { ArticleData } from '../../src/shared/kinds/article.ts';

function firstServiceId(): string {
  const service = demoDirectoryPack().records.find((record) => record.kind === 'service');
  if (!service) throw new Error('the demo directory pack has no service');
  return service.id;
}

function firstArticleSlug(): string {
  const article = articlesPack().records[0];
  if (!article) throw new Error('the articles pack is empty');
  return (article.data as ArticleData).slug;
}

/** A service of the default demo directory (`/directory/<id>`). */
export const DEFAULT_SERVICE_ID = firstServiceId();
/** An article of the default articles pack (`/info/<slug>`). */
export const DEFAULT_ARTICLE_SLUG = firstArticleSlug();
