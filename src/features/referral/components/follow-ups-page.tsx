import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useCaseList } from '../../../lib/cases/use-cases.ts';
import { useAutoLockSetting } from '../data/use-auto-lock.ts';
import { dueFollowUps, localIsoDate } from '../model.ts';
import { UnlockForm } from './unlock-form.tsx';
import '../../../components/pathway.css';
import '../referral.css';
import { fallbackChain } from '../../../shared/languages.ts';

const GROUPS = ['overdue', 'today', 'upcoming'] as const;

/** `/follow-ups`: the next follow-up dates across the cases open on this device. */
export default function FollowUpsPage() {
  const { t, i18n } = useTranslation(['screening']);
  const cases = useCaseList();
  useAutoLockSetting();
  const format = (iso: string) => new Intl.DateTimeFormat(fallbackChain(i18n.language), { dateStyle: 'full' }).format(new Date(`${iso}T12:00:00`));
  const open = (cases ?? []).flatMap((entry) => (entry.status === 'open' ? [{ id: entry.id, data: entry.data }] : []));
  const lockedCount = (cases ?? []).filter((entry) => entry.status === 'locked').length;
  const due = dueFollowUps(open, localIsoDate(new Date()));

  return (
    <section className="follow-ups-page">
      <PageHeading title={t('screening:followUps.title')}>{t('screening:followUps.title')}</PageHeading>
      {cases === undefined && <p role="status">{t('screening:trajectory.loading')}</p>}
      {cases && due.length === 0 && <p>{t('screening:followUps.none')}</p>}
      {GROUPS.map((group) => {
        const entries = due.filter((entry) => entry.when === group);
        return entries.length === 0 ? null : (
          <section key={group} aria-labelledby={`follow-ups-${group}`}>
            <h2 id={`follow-ups-${group}`} className={group === 'overdue' ? 'overdue' : undefined}>
              {t(`screening:followUps.${group}`)}
            </h2>
            <ul className="case-list">
              {entries.map((entry) => (
                <li key={entry.id} className="case-card">
                  <span>{format(entry.date)}</span>
                  <Link href={`/cases/${entry.caseId}`} className="case-link">
                    {t('screening:followUps.caseLink', { code: entry.caseCode })}
                  </Link>
                  {entry.note && <span className="case-facts">{entry.note}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {lockedCount > 0 && (
        <div className="box">
          <p>{t('screening:followUps.locked', { count: lockedCount })}</p>
          <UnlockForm />
        </div>
      )}
      <p>
        <Link href="/cases">{t('screening:case.backToCases')}</Link>
      </p>
    </section>
  );
}
