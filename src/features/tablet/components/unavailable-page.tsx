import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';

/**
 * Shown instead of an intervenor page on a women-only shared tablet (deep links too).
 * Neutral wording: it does not say what the page was.
 */
export default function UnavailablePage() {
  const { t } = useTranslation(['tablet']);
  return (
    <section>
      <PageHeading title={t('tablet:unavailable.title')}>{t('tablet:unavailable.title')}</PageHeading>
      <p>{t('tablet:unavailable.body')}</p>
      <ul className="link-list">
        <li>
          <Link href="/info">{t('tablet:unavailable.info')}</Link>
        </li>
        <li>
          <Link href="/">{t('tablet:unavailable.home')}</Link>
        </li>
      </ul>
    </section>
  );
}
