import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';

/** Hub of the intervenors' tools; each tool adds itself here as it is published. */
export default function ToolsPage() {
  const { t } = useTranslation(['common', 'screening']);
  const pathwayTools = [
    { href: '/screening', title: t('screening:hub.screening'), description: t('screening:hub.screeningDescription') },
    { href: '/trajectory', title: t('screening:hub.trajectory'), description: t('screening:hub.trajectoryDescription') },
    { href: '/cases', title: t('screening:hub.cases'), description: t('screening:hub.casesDescription') },
    { href: '/follow-ups', title: t('screening:hub.followUps'), description: t('screening:hub.followUpsDescription') },
  ];
  return (
    <section>
      <PageHeading title={t('tools.title')}>{t('tools.title')}</PageHeading>
      <p className="lead">{t('tools.intro')}</p>
      <h2>{t('screening:hub.title')}</h2>
      <ul className="doors">
        {pathwayTools.map((tool) => (
          <li key={tool.href}>
            <Link href={tool.href} className="door">
              <span className="door-title">{tool.title}</span>
              <span className="door-description">{tool.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
