import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { daysLeft, useCaseSettings } from '../../../lib/cases/case-settings.ts';
import { renewCase } from '../../../lib/cases/case-store.ts';
import { fallbackChain } from '../../../shared/languages.ts';

/** When the case will be deleted; a warning and a way to keep it when the date is near. */
export function ExpiryBanner({ caseId, expiresAt }: { caseId: string; expiresAt: string }) {
  const { t, i18n } = useTranslation(['screening']);
  const { retentionDays, warningDays } = useCaseSettings();
  const [now] = useState(() => new Date());
  const left = daysLeft(expiresAt, now);
  const date = new Intl.DateTimeFormat(fallbackChain(i18n.language), { dateStyle: 'long' }).format(new Date(expiresAt));
  const isSoon = left <= warningDays;
  return (
    <div className={isSoon ? 'expiry-banner expiry-soon' : 'expiry-banner'} role={isSoon ? 'alert' : undefined}>
      <p>{isSoon ? t('screening:case.expiresSoon', { date, count: Math.max(left, 0) }) : t('screening:case.expires', { date })}</p>
      {isSoon && (
        <button type="button" onClick={() => renewCase(caseId).catch(reportStorageFailure)}>
          {t('screening:case.renew', { days: retentionDays })}
        </button>
      )}
    </div>
  );
}
