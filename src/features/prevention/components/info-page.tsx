import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useSettings } from '../../../lib/settings.ts';
import { directoryHref } from '../model.ts';
import { ArticleList } from './article-list.tsx';
import { HelpBox } from './help-box.tsx';
import '../prevention.css';

/** `/info`: the lines to call first, then the articles, then the way into the directory. */
export default function InfoPage() {
  const { t, i18n } = useTranslation(['prevention', 'common']);
  const { isDiscreet } = useSettings();
  return (
    <section className="prevention">
      <PageHeading title={t('prevention:info.title')} neutralTitle={t('prevention:titles.info')}>
        {t('prevention:info.title')}
      </PageHeading>
      <p className="lead">{t('prevention:info.intro')}</p>
      <HelpBox />
      <h2>{t('prevention:info.articlesTitle')}</h2>
      <ArticleList />
      <h2>{t('prevention:info.findTitle')}</h2>
      <ul className="link-list">
        <li>
          <Link href={directoryHref({ inReaderLanguage: true }, i18n.language, isDiscreet)}>{t('prevention:info.findInLanguage')}</Link>
        </li>
        <li>
          <Link href="/directory">{t('prevention:info.findAll')}</Link>
        </li>
      </ul>
    </section>
  );
}
