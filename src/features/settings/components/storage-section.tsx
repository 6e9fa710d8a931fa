import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageReport } from '../data/use-storage-report.ts';
import { formatBytes } from '../model.ts';
import { DeviceCounts } from './device-counts.tsx';
import { EraseSection } from './erase-section.tsx';

export function StorageSection() {
  const { t, i18n } = useTranslation();
  const { report, requestPersistence } = useStorageReport();
  const [wasRefused, setWasRefused] = useState(false);
  const lng = i18n.language;

  let usage = t('settings.storage.unknown');
  if (report?.usedBytes != null) {
    usage =
      report.quotaBytes != null
        ? t('settings.storage.usedOfQuota', {
            used: formatBytes(report.usedBytes, lng),
            quota: formatBytes(report.quotaBytes, lng),
          })
        : t('settings.storage.used', { used: formatBytes(report.usedBytes, lng) });
  }

  let persistence = t('settings.storage.persistUnknown');
  if (report?.isPersisted === true) persistence = t('settings.storage.persisted');
  if (report?.isPersisted === false) persistence = t('settings.storage.notPersisted');

  return (
    <section aria-labelledby="storage-title" className="settings-section">
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      <DeviceCounts />
      <p>{usage}</p>
      <p>{persistence}</p>
      {report?.isPersisted === false && (
        <button
          type="button"
          onClick={() => void requestPersistence().then((granted) => setWasRefused(!granted))}
        >
          {t('settings.storage.persist')}
        </button>
      )}
      {wasRefused && <p role="status">{t('settings.storage.persistRefused')}</p>}
      <EraseSection />
    </section>
  );
}
