import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeviceContent } from '../data/use-device-content.ts';
import { syncNow, useSyncStatus } from '../data/use-sync.ts';
import { formatDateTime } from '../model.ts';
import '../sync-status.css';
import { fallbackChain } from '../../../shared/languages.ts';

/** Settings: what this device holds, when it last synced, and "Sync now". */
export function SyncSettingsSection() {
  const { t, i18n } = useTranslation(['common', 'sync']);
  const lng = i18n.language;
  const status = useSyncStatus();
  const content = useDeviceContent();
  const number = new Intl.NumberFormat(fallbackChain(lng));
  const [hasAsked, setHasAsked] = useState(false);

  let activity = '';
  if (status.phase === 'syncing') activity = t('sync:settings.syncing');
  else if (status.phase === 'failed') activity = t('sync:settings.failed', { reason: t(`sync:reasons.${status.reason}`) });
  else if (hasAsked) activity = t('sync:settings.done');

  function handleSyncNow() {
    setHasAsked(true);
    syncNow();
  }

  return (
    <section aria-labelledby="sync-title" className="settings-section">
      <h2 id="sync-title">{t('sync:settings.title')}</h2>
      <p>{t('sync:settings.intro')}</p>
      <p>
        {status.lastSuccessAt
          ? t('sync:settings.lastSync', { date: formatDateTime(status.lastSuccessAt, lng) })
          : t('sync:settings.neverSynced')}
      </p>
      <p>{t('sync:settings.contentVersion', { version: number.format(status.contentVersion) })}</p>
      {content && (
        <>
          <table className="sync-counts">
            <caption>{t('sync:settings.countsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sync:settings.kindHeader')}</th>
                <th scope="col">{t('sync:settings.countHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {content.counts.map(({ kind, count }) => (
                <tr key={kind}>
                  <th scope="row">{t(`sync:kinds.${kind}`)}</th>
                  <td>{number.format(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{content.rejected > 0 ? t('sync:settings.rejected', { count: content.rejected }) : t('sync:settings.noneRejected')}</p>
        </>
      )}
      <p role="status">{activity}</p>
      {/* Never disabled: a click during a run queues one more (and focus is not lost). */}
      <button type="button" className="button-primary" onClick={handleSyncNow}>
        {t('sync:settings.syncNow')}
      </button>
    </section>
  );
}
