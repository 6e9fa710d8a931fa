import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { directionOf } from '../../../lib/i18n/index.ts';
import { useArticles } from '../data/use-articles.ts';
import { resolveArticle } from '../model.ts';
import { Pictogram } from './pictogram.tsx';

/** The articles on this device, each in the reader's language or its fallback (marked with `lang`). */
export function ArticleList() {
  const { t, i18n } = useTranslation(['prevention', 'common']);
  const articles = useArticles();
  const lng = i18n.language;

  if (articles === undefined) {
    return (
      <p role="status" className="loading">
        {t('common:loading')}
      </p>
    );
  }
  if (articles.length === 0) return <p>{t('prevention:info.empty')}</p>;

  return (
    <ul className="article-list">
      {articles.map(({ id, data }) => {
        const article = resolveArticle(data, lng);
        const isOtherLanguage = article.lang !== lng;
        return (
          <li key={id} lang={isOtherLanguage ? article.lang : undefined} dir={isOtherLanguage ? directionOf(article.lang) : undefined}>
            <Link href={`/info/${encodeURIComponent(data.slug)}`} className="article-card">
              <Pictogram name={article.pictogram} className="article-card-pictogram" />
              <span className="article-card-text">
                <span className="article-card-title">{article.title}</span>
                <span className="article-card-summary">{article.summary}</span>
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
