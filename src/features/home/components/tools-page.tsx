import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';

/** Hub of the intervenors' tools; each tool adds itself here as it is published. */
export default function ToolsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading title={t('tools.title')}>{t('tools.title')}</PageHeading>
      <p className="lead">{t('tools.intro')}</p>
      <p>{t('tools.pending')}</p>
    </section>
  );
}
