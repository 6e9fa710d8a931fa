import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.tsx';
import { PageHeading } from '../components/page-heading.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
