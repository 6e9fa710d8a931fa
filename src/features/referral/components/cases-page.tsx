import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { daysLeft, useCaseSettings } from '../../../lib/cases/case-settings.ts';
import { useCaseList } from '../../../lib/cases/use-cases.ts';
import { useSettings } from '../../../lib/settings.ts';
import { nextFollowUp } from '../model.ts';
import { useAutoLockSetting } from '../data/use-auto-lock.ts';
import { NewCaseForm } from './new-case-form.tsx';
import { RetentionSetting } from './retention-setting.tsx';
import { UnlockForm } from './unlock-form.tsx';
import '../../../components/pathway.css';
import '../referral.css';
import { fallbackChain } from '../../../shared/languages.ts';

/** `/cases`: the referral cases on this device. */
export default function CasesPage() {
  const { t, i18n } = useTranslation(['screening']);
  const { areCasesAllowed } = useSettings();
  const { warningDays } = useCaseSettings();
  const cases = useCaseList();
  useAutoLockSetting();
  const now = new Date();
  const formatDate = (iso: string) => new Intl.DateTimeFormat(fallbackChain(i18n.language), { dateStyle: 'medium' }).format(new Date(iso));
  const lockedCount = cases?.filter((entry) => entry.status === 'locked').length ?? 0;

  return (
    <section className="cases-page">
      <PageHeading title={t('screening:cases.documentTitle')}>{t('screening:cases.title')}</PageHeading>
      <p className="lead">{t('screening:cases.intro')}</p>
      {areCasesAllowed ? <NewCaseForm /> : <p className="notice">{t('screening:save.notAllowed')}</p>}
      <h2>{t('screening:cases.listTitle')}</h2>
      {cases === undefined && <p role="status">{t('screening:trajectory.loading')}</p>}
      {cases?.length === 0 && <p>{t('screening:cases.none')}</p>}
      {lockedCount > 0 && (
        <div className="box">
          <p>{t('screening:cases.lockedCount', { count: lockedCount })}</p>
          <UnlockForm />
        </div>
      )}
      {cases && cases.length > 0 && (
        <ul className="case-list">
          {cases.map((entry) => {
            const left = daysLeft(entry.expiresAt, now);
            const follow = entry.status === 'open' ? nextFollowUp(entry.data) : null;
            return (
              <li key={entry.id} className="case-card">
                <Link href={`/cases/${entry.id}`} className="case-link">
                  {entry.status === 'open' ? entry.data.code : entry.status === 'locked' ? t('screening:cases.lockedCase') : t('screening:cases.unreadable')}
                </Link>
                <span className="case-facts">
                  {entry.status === 'open' && t('screening:cases.created', { date: formatDate(entry.data.createdAt) })}
                  {follow && ` · ${t('screening:cases.nextFollowUp', { date: formatDate(`${follow.date}T12:00:00`) })}`}
                </span>
                {(entry.status === 'locked' || (entry.status === 'open' && entry.isLocked)) && (
                  <span className="badge">{t('screening:lock.lockedBadge')}</span>
                )}
                <span className={left <= warningDays ? 'expiry expiry-soon' : 'expiry'}>
                  {t('screening:cases.expiresIn', { count: Math.max(left, 0) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby="cases-settings" className="settings-section">
        <h2 id="cases-settings">{t('screening:cases.settingsTitle')}</h2>
        <RetentionSetting />
        <p className="hint">{t('screening:cases.localOnly')}</p>
      </section>
    </section>
  );
}
