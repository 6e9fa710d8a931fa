import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { DisplaySection } from './display-section.tsx';
import { StorageSection } from './storage-section.tsx';

/** `children`: sections other features contribute, composed by the app (src/app/settings-route.tsx). */
export default function SettingsPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading title={t('settings.title')}>{t('settings.title')}</PageHeading>
      <DisplaySection />
      {children}
      <StorageSection />
    </section>
  );
}
