import { useTranslation } from 'react-i18next';

/** Shown whenever demo records are on screen (CONTENT.md, "Demo directory"). */
export function DemoBanner() {
  const { t } = useTranslation(['directory']);
  return (
    <div className="demo-banner" role="note">
      <p className="demo-banner-title">{t('directory:demo.banner')}</p>
      <p>{t('directory:demo.bannerDetail')}</p>
    </div>
  );
}
