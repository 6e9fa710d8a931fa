import { useTranslation } from 'react-i18next';
import type { ServiceData } from '../../../shared/kinds/directory.ts';
import { formatDate, isolate, isOlderThanAYear } from '../format.ts';

/** When the record was last checked and against what; a warning after twelve months or when never checked. */
export function VerificationNote({ verification, now }: { verification: ServiceData['verification']; now: Date }) {
  const { t, i18n } = useTranslation(['directory']);
  const { lastVerified } = verification;
  const isStale = lastVerified !== undefined && isOlderThanAYear(lastVerified, now);
  return (
    <section aria-labelledby="verification-title" className="detail-section">
      <h2 id="verification-title">{t('directory:detail.verification')}</h2>
      {!verification.isVerified && <p className="warning">{t('directory:detail.unverified')}</p>}
      {verification.isVerified && lastVerified && <p>{t('directory:detail.verified', { date: formatDate(lastVerified, i18n.language) })}</p>}
      {isStale && <p className="warning">{t('directory:detail.stale')}</p>}
      <p className="hint">{t('directory:detail.source', { source: isolate(verification.source) })}</p>
    </section>
  );
}
