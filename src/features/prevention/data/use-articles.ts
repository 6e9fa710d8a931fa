/**
 * The articles on this device, live: they arrive and change through sync, and these
 * hooks re-render when they do. Each row is checked again with the shared schema, so a
 * row this version cannot read is left out instead of breaking the page.
 */
import { db, useLiveQuery, type StoredRecord } from '../../../lib/db.ts';
import { articleDataSchema, type ArticleData } from '../../../shared/kinds/article.ts';
import { sortArticles } from '../model.ts';

export interface ArticleRecord {
  id: string;
  data: ArticleData;
}

function readable(rows: readonly StoredRecord[]): ArticleRecord[] {
  const articles: ArticleRecord[] = [];
  for (const row of rows) {
    const parsed = articleDataSchema.safeParse(row.data);
    if (parsed.success) articles.push({ id: row.id, data: parsed.data });
    else console.warn(`Article ${row.id} cannot be read by this version; it is not shown.`);
  }
  return sortArticles(articles);
}

/** Every readable article in reading order; undefined while loading. */
export function useArticles(): ArticleRecord[] | undefined {
  return useLiveQuery(async () => readable(await db.article.toArray()), []);
}

/** The article at `/info/<slug>`; null when this device does not have it, undefined while loading. */
export function useArticle(slug: string): ArticleRecord | null | undefined {
  return useLiveQuery(
    async () => {
      // A handful of articles: a scan costs less than an index would (db.ts stays at version 1).
      const rows = await db.article.toArray();
      return readable(rows.filter((row) => (row.data as { slug?: unknown } | null)?.slug === slug))[0] ?? null;
    },
    [slug],
  );
}
