import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findRegion } from '../../../shared/regions.ts';
import { forgetSessionPosition, requestSessionPosition, useSessionPosition, type PositionFailure } from '../data/position.ts';
import { nearestRegion, type GeoPoint } from '../model.ts';

/**
 * "Use my position": asked only on tap, with what happens to it said first. The position
 * stays in memory for this visit; only the nearest region goes into the address bar.
 */
export function NearMe({ onRegion }: { onRegion: (region: ReturnType<typeof nearestRegion> | null) => void }) {
  const { t } = useTranslation(['directory']);
  const position = useSessionPosition();
  const [status, setStatus] = useState<'idle' | 'locating' | PositionFailure>('idle');
  const consentId = useId();

  async function locate() {
    setStatus('locating');
    const result: GeoPoint | PositionFailure = await requestSessionPosition();
    if (typeof result === 'string') {
      setStatus(result);
      return;
    }
    setStatus('idle');
    onRegion(nearestRegion(result));
  }

  function forget() {
    forgetSessionPosition();
    onRegion(null);
  }

  return (
    <div className="near-me">
      {position ? (
        <>
          <p>{t('directory:nearMe.active', { region: findRegion(nearestRegion(position))?.name ?? '' })}</p>
          <button type="button" onClick={forget}>
            {t('directory:nearMe.forget')}
          </button>
        </>
      ) : (
        <>
          <p id={consentId} className="hint">
            {t('directory:nearMe.consent')}
          </p>
          <button type="button" aria-describedby={consentId} disabled={status === 'locating'} onClick={() => void locate()}>
            {t('directory:nearMe.use')}
          </button>
        </>
      )}
      <p role="status" className="near-me-status">
        {status === 'locating' && t('directory:nearMe.locating')}
        {status === 'denied' && t('directory:nearMe.denied')}
        {status === 'unavailable' && t('directory:nearMe.unavailable')}
      </p>
    </div>
  );
}
