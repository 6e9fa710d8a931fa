import { useTranslation } from 'react-i18next';
import type { ServiceData } from '../../../shared/kinds/directory.ts';
import { resolveText } from '../../../shared/localized.ts';
import { formatDateTime, formatList } from '../format.ts';

/** Who it is for and on what terms: eligibility, access, children, pets, status, cost, remote, capacity. */
export function ServiceConditions({ service }: { service: ServiceData }) {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  const remote = [
    service.remote.phone && t('directory:detail.remotePhone'),
    service.remote.video && t('directory:detail.remoteVideo'),
    service.remote.text && t('directory:detail.remoteText'),
  ].filter((mode): mode is string => typeof mode === 'string');
  const items = [
    service.isWheelchairAccessible ? t('directory:detail.access') : t('directory:detail.noAccess'),
    service.acceptsChildren && t('directory:detail.children'),
    service.acceptsPets && t('directory:detail.pets'),
    service.isStatusRequired ? t('directory:detail.statusRequired') : t('directory:detail.noStatus'),
    service.isFree ? t('directory:detail.free') : t('directory:detail.notFree'),
    remote.length > 0 && t('directory:detail.remote', { modes: formatList(remote, lng) }),
  ].filter((item): item is string => typeof item === 'string');
  const { capacity } = service;
  const asOf = capacity ? formatDateTime(capacity.asOf, lng, 'America/Toronto') : '';
  return (
    <section aria-labelledby="conditions-title" className="detail-section">
      <h2 id="conditions-title">{t('directory:detail.conditions')}</h2>
      <p className="result-types">{service.serviceTypes.map((type) => t(`directory:types.${type}`)).join(' · ')}</p>
      {service.eligibility && <p>{t('directory:detail.eligibility', { text: resolveText(service.eligibility, lng).text })}</p>}
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {capacity && (
        <p>
          {capacity.total === undefined
            ? t('directory:detail.capacityNoTotal', { available: capacity.available, asOf })
            : t('directory:detail.capacity', { available: capacity.available, total: capacity.total, asOf })}
        </p>
      )}
    </section>
  );
}
