import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';

/** Hub of the intervenors' tools; each tool adds itself here as it is published. */
export default function ToolsPage() {
  const { t } = useTranslation(['common', 'directory']);
  return (
    <section>
      <PageHeading title={t('tools.title')}>{t('tools.title')}</PageHeading>
      <p className="lead">{t('tools.intro')}</p>
      <ul className="doors">
        <li>
          <Link href="/directory" className="door">
            <span className="door-title">{t('directory:tools.directory')}</span>
            <span className="door-description">{t('directory:tools.directoryDescription')}</span>
          </Link>
        </li>
        <li>
          <Link href="/interpretation" className="door">
            <span className="door-title">{t('directory:tools.interpretation')}</span>
            <span className="door-description">{t('directory:tools.interpretationDescription')}</span>
          </Link>
        </li>
      </ul>
      <p>{t('tools.pending')}</p>
    </section>
  );
}
