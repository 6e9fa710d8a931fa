import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { DisplaySection } from './display-section.tsx';
import { StorageSection } from './storage-section.tsx';

export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading title={t('settings.title')}>{t('settings.title')}</PageHeading>
      <DisplaySection />
      <StorageSection />
    </section>
  );
}
