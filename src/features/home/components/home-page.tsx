import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useSettings } from '../../../lib/settings.ts';
import { isWomenOnly, useTabletState } from '../../../lib/tablet.ts';

/** Two doors: tools for intervenors, information for women. Discreet mode words them neutrally (SAFETY.md rule 7). */
export default function HomePage() {
  const { t } = useTranslation();
  const { isDiscreet } = useSettings();
  const tablet = useTabletState();
  // On a women-only shared tablet the intervenors' door is not shown (SAFETY.md rule 8).
  const hasToolsDoor = tablet !== undefined && !isWomenOnly(tablet.config);
  return (
    <section className="home">
      <PageHeading title={t('app.name')}>{t('home.title')}</PageHeading>
      <p className="lead">{isDiscreet ? t('discreet.homeIntro') : t('home.intro')}</p>
      <ul className="doors">
        {hasToolsDoor && (
          <li>
            <Link href="/tools" className="door door-tools">
              <span className="door-title">{t('home.toolsDoor.title')}</span>
              <span className="door-description">
                {isDiscreet ? t('discreet.toolsDescription') : t('home.toolsDoor.description')}
              </span>
            </Link>
          </li>
        )}
        <li>
          <Link href="/info" className="door door-info">
            <span className="door-title">{t('home.infoDoor.title')}</span>
            <span className="door-description">
              {isDiscreet ? t('discreet.infoDescription') : t('home.infoDoor.description')}
            </span>
          </Link>
        </li>
      </ul>
      <p className="emergency-note">
        <a href="tel:911">{t('home.emergency')}</a>
      </p>
    </section>
  );
}
