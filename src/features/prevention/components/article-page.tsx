import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { directionOf } from '../../../lib/i18n/index.ts';
import type { RouteParams } from '../../../lib/router.ts';
import { useArticle } from '../data/use-articles.ts';
import { resolveArticle, speechParts } from '../model.ts';
import { ArticleBlock } from './article-block.tsx';
import { HelpBox } from './help-box.tsx';
import { Pictogram } from './pictogram.tsx';
import { ReadAloudButton } from './read-aloud-button.tsx';
import { TranslationStatus } from './translation-status.tsx';
import '../prevention.css';
import { fallbackChain } from '../../../shared/languages.ts';

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames(fallbackChain(inLanguage), { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `/info/:slug`: one article, read from the device, in the reader's language or its fallback. */
export default function ArticlePage({ params }: { params: RouteParams }) {
  const { t, i18n } = useTranslation(['prevention', 'common']);
  const slug = params.slug ?? '';
  const record = useArticle(slug);
  const uiLang = i18n.language;
  const uiDir = directionOf(uiLang);
  const article = useMemo(() => (record ? resolveArticle(record.data, uiLang) : null), [record, uiLang]);
  const parts = useMemo(() => (article ? speechParts(article) : []), [article]);

  const back = (
    <p className="back-link">
      <Link href="/info">
        <Pictogram name="arrow" className="back-arrow" />
        <span>{t('prevention:article.back')}</span>
      </Link>
    </p>
  );

  if (record === undefined) {
    return (
      <p role="status" className="loading">
        {t('common:loading')}
      </p>
    );
  }
  if (!article) {
    return (
      <section className="prevention">
        {back}
        <PageHeading title={t('prevention:article.notFoundTitle')} neutralTitle={t('prevention:titles.article')}>
          {t('prevention:article.notFoundTitle')}
        </PageHeading>
        <p>{t('prevention:article.notFoundBody')}</p>
        <HelpBox />
      </section>
    );
  }

  const date = new Intl.DateTimeFormat(fallbackChain(uiLang), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${article.updated}T00:00:00Z`));
  const uiOnly = { lang: uiLang, dir: uiDir };
  return (
    <div className="prevention article-page">
      {back}
      <article className="article" lang={article.lang} dir={directionOf(article.lang)} data-slug={slug}>
        <header className="article-header">
          <Pictogram name={article.pictogram} className="article-pictogram" />
          <PageHeading title={article.title} neutralTitle={t('prevention:titles.article')}>
            {article.title}
          </PageHeading>
          <p className="lead">{article.summary}</p>
        </header>
        <div className="article-meta" {...uiOnly}>
          {article.isFallback && (
            <p className="fallback-note">
              {t('prevention:article.fallback', { language: languageName(uiLang, uiLang), fallback: languageName(article.lang, uiLang) })}
            </p>
          )}
          <TranslationStatus status={article.status} />
          <ReadAloudButton lang={article.lang} parts={parts} />
        </div>
        {article.blocks.map((block, index) => (
          <ArticleBlock key={index} block={block} lang={article.lang} uiLang={uiLang} uiDir={uiDir} />
        ))}
        <p className="updated" {...uiOnly}>
          {t('prevention:article.updated', { date })}
        </p>
      </article>
    </div>
  );
}
