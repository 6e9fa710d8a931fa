import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { RouteParams } from '../../../lib/router.ts';
import { resolveText } from '../../../shared/localized.ts';
import { useNow } from '../data/use-now.ts';
import { useServiceRecord } from '../data/use-service-record.ts';
import { useSiblingServices } from '../data/use-sibling-services.ts';
import { DemoBanner } from './demo-banner.tsx';
import { ResultList } from './result-list.tsx';
import { ServiceConditions } from './service-conditions.tsx';
import { ServiceContact } from './service-contact.tsx';
import { ServiceHours } from './service-hours.tsx';
import { ServiceLanguages } from './service-languages.tsx';
import { ServicePlaces } from './service-places.tsx';
import { ShareActions } from './share-actions.tsx';
import { VerificationNote } from './verification-note.tsx';
import '../directory.css';
import { preloadDirectoryIndex } from '../data/use-directory-index.ts';

// The sheet lists the organisation's other services from the index: start reading it now.
preloadDirectoryIndex();

/** `/directory/:id`: one service as a resource sheet, readable on screen and on paper. */
export default function ServicePage({ params }: { params: RouteParams }) {
  const { t, i18n } = useTranslation(['directory']);
  const record = useServiceRecord(params.id ?? '');
  const now = useNow();
  const siblings = useSiblingServices(record.status === 'found' ? record.service.organizationId : null, params.id ?? '', i18n.language);
  const back = (
    <p className="back-link">
      <Link href="/directory">{t('directory:detail.back')}</Link>
    </p>
  );

  if (record.status === 'loading') {
    return (
      <p className="loading" role="status">
        {t('directory:list.loading')}
      </p>
    );
  }
  if (record.status === 'missing') {
    return (
      <section>
        <PageHeading title={t('directory:detail.missing')}>{t('directory:detail.missing')}</PageHeading>
        <p>{t('directory:detail.missingHint')}</p>
        {back}
      </section>
    );
  }

  const { service, organization, locations } = record;
  const name = resolveText(service.name, i18n.language);
  const organizationName = organization ? resolveText(organization.name, i18n.language) : null;
  const description = resolveText(service.description, i18n.language);
  const isDemo = service.demo || organization?.demo === true || locations.some((location) => location.data.demo);
  return (
    <article className="service-sheet">
      {back}
      {isDemo && <DemoBanner />}
      <PageHeading title={name.text}>
        <span lang={name.lang}>{name.text}</span>
      </PageHeading>
      {isDemo && <p className="demo-badge">{t('directory:demo.badge')}</p>}
      {organizationName && <p className="detail-organization">{t('directory:detail.organization', { name: organizationName.text })}</p>}
      {service.status === 'temporarily closed' && <p className="warning">{t('directory:detail.temporarilyClosed')}</p>}
      {(service.status === 'inactive' || service.status === 'defunct') && <p className="warning">{t('directory:detail.notOffered')}</p>}
      <p lang={description.lang}>{description.text}</p>
      <ServiceContact service={service} />
      <ServiceHours schedules={service.schedules} isAlwaysOpen={service.isAlwaysOpen} now={now} />
      <ServicePlaces service={service} places={locations} />
      <ServiceLanguages service={service} />
      <ServiceConditions service={service} />
      <VerificationNote verification={service.verification} now={now} />
      {siblings.length > 0 && (
        <section aria-labelledby="siblings-title" className="detail-section siblings">
          <h2 id="siblings-title">{t('directory:detail.otherServices')}</h2>
          <ResultList entries={siblings} now={now} />
        </section>
      )}
      <ShareActions title={name.text} />
    </article>
  );
}
