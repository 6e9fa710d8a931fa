import { useTranslation } from 'react-i18next';
import type { LocationData } from '../../../shared/kinds/directory.ts';
import { findRegion } from '../../../shared/regions.ts';

const regionName = (code: string) => findRegion(code)?.name ?? code;

/**
 * Where: the full address and a map link only for a public place. A city-only place shows
 * its city; a confidential one shows its region and nothing else (SAFETY.md rule 6). The
 * map link is a `geo:` URI handled by the device's own map app: nothing is loaded here.
 */
export function PlaceItem({ place }: { place: LocationData }) {
  const { t } = useTranslation(['directory']);
  if (place.addressVisibility === 'confidential') {
    return (
      <li className="place">
        <p>{t('directory:detail.region', { region: regionName(place.region) })}</p>
        <p>{t('directory:detail.confidential')}</p>
      </li>
    );
  }
  if (place.addressVisibility === 'city' || !place.address) {
    return (
      <li className="place">
        {place.city && <p>{t('directory:detail.city', { city: place.city })}</p>}
        <p>{t('directory:detail.region', { region: regionName(place.region) })}</p>
        <p className="hint">{t('directory:detail.cityOnly')}</p>
      </li>
    );
  }
  const hasMap = place.latitude !== undefined && place.longitude !== undefined;
  return (
    <li className="place">
      {/* Street addresses are written in French, left to right, whatever the page's language. */}
      <address lang="fr" dir="ltr">
        {place.address.address1}
        {place.address.address2 && (
          <>
            <br />
            {place.address.address2}
          </>
        )}
        <br />
        {place.city} {place.address.postalCode}
      </address>
      <p>{t('directory:detail.region', { region: regionName(place.region) })}</p>
      {hasMap && (
        <p>
          <a href={`geo:${place.latitude},${place.longitude}`}>{t('directory:detail.openMap')}</a>
        </p>
      )}
    </li>
  );
}
