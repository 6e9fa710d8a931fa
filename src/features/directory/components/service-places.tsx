import { useTranslation } from 'react-i18next';
import type { LocationData, ServiceData } from '../../../shared/kinds/directory.ts';
import { findRegion } from '../../../shared/regions.ts';
import { PlaceItem } from './place-item.tsx';

const regionName = (code: string) => findRegion(code)?.name ?? code;

/** Where the service is, as much as each place's visibility allows. */
export function ServicePlaces({ service, places }: { service: ServiceData; places: readonly { id: string; data: LocationData }[] }) {
  const { t } = useTranslation(['directory']);
  return (
    <section aria-labelledby="places-title" className="detail-section">
      <h2 id="places-title">{t('directory:detail.places')}</h2>
      {places.length > 0 ? (
        <ul className="place-list">
          {places.map((place) => (
            <PlaceItem key={place.id} place={place.data} />
          ))}
        </ul>
      ) : (
        <p>{t('directory:detail.noPlace')}</p>
      )}
      {service.isProvinceWide ? (
        <p>{t('directory:detail.servesProvince')}</p>
      ) : (
        service.regionsServed.length > 0 && <p>{t('directory:detail.serves', { regions: service.regionsServed.map(regionName).join(', ') })}</p>
      )}
    </section>
  );
}
