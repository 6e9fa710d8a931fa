import { useTranslation } from 'react-i18next';
import { useOnline } from '../../../lib/network.ts';
import { syncNow, useSyncStatus } from '../data/use-sync.ts';
import { formatDate, formatDateTime, formatTime, headerView, isSameDay, isWorthAnnouncing, type HeaderView } from '../model.ts';
import '../sync-status.css';

function useHeaderText(view: HeaderView): string {
  const { t, i18n } = useTranslation(['common', 'sync']);
  const lng = i18n.language;
  switch (view.kind) {
    case 'offline':
      return view.dataDate ? t('sync:header.offlineSince', { date: formatDate(view.dataDate, lng) }) : t('sync:header.offline');
    case 'first-sync':
      return t('sync:header.firstSync');
    case 'failed':
      return t('sync:header.failed', { reason: t(`sync:reasons.${view.reason}`) });
    case 'synced':
      return isSameDay(new Date(view.at), new Date())
        ? t('sync:header.syncedToday', { time: formatTime(view.at, lng) })
        : t('sync:header.syncedOn', { date: formatDateTime(view.at, lng) });
    case 'online':
      return t('sync:header.online');
  }
}

/** One line in the header: online or not, how fresh the data is, a first sync's progress, a failure with "Try again". */
export default function SyncHeaderStatus() {
  const { t } = useTranslation(['common', 'sync']);
  const isOnline = useOnline();
  const view = headerView(useSyncStatus(), isOnline);
  const text = useHeaderText(view);
  return (
    <div className="sync-status" data-online={isOnline} data-state={view.kind}>
      {/* A live region, but silent for routine successes: only what needs attention is announced. */}
      <p className="status-line" role="status" aria-live={isWorthAnnouncing(view) ? 'polite' : 'off'}>
        <span aria-hidden="true" className="network-dot" />
        {text}
      </p>
      {view.kind === 'first-sync' && (
        <>
          <progress
            className="sync-progress"
            aria-label={t('sync:header.progressLabel')}
            max={view.total ?? undefined}
            value={view.total ? Math.min(view.received, view.total) : undefined}
          />
          <span className="sync-progress-count">
            {view.total
              ? t('sync:header.progress', { received: view.received, count: view.total })
              : t('sync:header.received', { count: view.received })}
          </span>
        </>
      )}
      {view.kind === 'failed' && (
        <button type="button" onClick={syncNow}>
          {t('sync:header.retry')}
        </button>
      )}
    </div>
  );
}
