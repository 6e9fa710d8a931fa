import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { DisplaySection } from './display-section.tsx';
import { StorageSection } from './storage-section.tsx';
import '../settings.css';

interface Props {
  /** The language section (composed by the app, which owns the language picker). */
  language?: ReactNode;
  /** Sections from other features (tablet mode, discreet mode, sync…), composed by the app. */
  children?: ReactNode;
}

/** The settings page; other features' sections come in through the app (a feature never imports another). */
export default function SettingsPage({ language, children }: Props) {
  const { t } = useTranslation();
  return (
    <section>
      <PageHeading title={t('settings.title')}>{t('settings.title')}</PageHeading>
      {language}
      <DisplaySection />
      {children}
      <StorageSection />
    </section>
  );
}
