import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eraseAndExit } from '../../../lib/quick-exit/erase.ts';
import { exitDestination, type ReplaceLocation } from '../../../lib/quick-exit/exit.ts';
import { useSettings } from '../../../lib/settings.ts';

/**
 * "Exit and erase", with what it erases and what it cannot (SAFETY.md rules 4 and 9).
 * The confirmation stays in the page: a modal dialog could cover the quick exit button.
 */
export function EraseSection({ replace }: { replace?: ReplaceLocation }) {
  const { t } = useTranslation(['prevention', 'common']);
  const { exitUrl } = useSettings();
  const [isConfirming, setIsConfirming] = useState(false);
  const titleId = useId();

  function erase() {
    void eraseAndExit(exitDestination(exitUrl, navigator.onLine), { replace });
  }

  return (
    <section aria-labelledby={titleId} className="safety-section erase-section">
      <h2 id={titleId}>{t('prevention:safety.erase.title')}</h2>
      <p>{t('prevention:safety.erase.what')}</p>
      <p className="warning">{t('prevention:safety.erase.notHistory')}</p>
      <p>{t('prevention:safety.erase.icon')}</p>
      {isConfirming ? (
        <div className="erase-confirm" role="group" aria-label={t('prevention:safety.erase.confirmQuestion')}>
          <p>
            <strong>{t('prevention:safety.erase.confirmQuestion')}</strong>
          </p>
          <p className="erase-actions">
            <button type="button" className="button-danger" onClick={erase}>
              {t('prevention:safety.erase.confirm')}
            </button>
            <button type="button" onClick={() => setIsConfirming(false)}>
              {t('prevention:safety.erase.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button-danger" onClick={() => setIsConfirming(true)}>
          {t('prevention:safety.erase.button')}
        </button>
      )}
    </section>
  );
}
