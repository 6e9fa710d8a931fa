import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseDevice, useTabletState, type EraseResult } from '../data/device.ts';
import { useDeviceCounts } from '../data/use-device-counts.ts';
import { EraseDialog } from './erase-dialog.tsx';

type Outcome = { kind: 'partial'; failed: EraseResult['failed'] } | { kind: 'offline' } | null;

/**
 * "Erase everything on this device". Online, the page then reloads into the first-run
 * set-up. Offline, the app stays on screen and says so: reloading without the offline
 * copy would land on the browser's error page.
 */
export function EraseSection() {
  const { t } = useTranslation(['settings']);
  const counts = useDeviceCounts();
  const tablet = useTabletState();
  const [isOpen, setIsOpen] = useState(false);
  const [isErasing, setIsErasing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function handleConfirm() {
    if (isErasing) return;
    setIsErasing(true);
    const result = await eraseDevice();
    if (result.failed.length > 0) {
      setOutcome({ kind: 'partial', failed: result.failed });
      setIsErasing(false);
      setIsOpen(false);
      return;
    }
    if (navigator.onLine) {
      window.location.replace('/setup');
      return;
    }
    setOutcome({ kind: 'offline' });
    setIsOpen(false);
  }

  // Leaving tablet mode needs the PIN; erasing everything must not be a way around it.
  const isBlocked = tablet?.config.isEnabled === true;
  let outcomeText: string | null = null;
  if (outcome?.kind === 'offline') outcomeText = t('settings:erase.doneOffline');
  if (outcome?.kind === 'partial') {
    outcomeText = t('settings:erase.partial', {
      steps: outcome.failed.map((step) => t(`settings:erase.step.${step}`)).join(', '),
    });
  }

  return (
    <div className="erase-section">
      <h3>{t('settings:erase.title')}</h3>
      <p>{t('settings:erase.intro')}</p>
      {isBlocked ? (
        <p className="field-hint">{t('settings:erase.blockedByTablet')}</p>
      ) : (
        <button type="button" className="button-danger" onClick={() => setIsOpen(true)} disabled={!counts || outcome?.kind === 'offline'}>
          {t('settings:erase.button')}
        </button>
      )}
      <p role="alert" className="erase-outcome">
        {outcomeText}
      </p>
      {isOpen && counts && (
        <EraseDialog counts={counts} isErasing={isErasing} onConfirm={() => void handleConfirm()} onCancel={() => setIsOpen(false)} />
      )}
    </div>
  );
}
