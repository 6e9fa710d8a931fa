import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { type RouteParams, useLocation } from '../../../lib/router.ts';
import { useAutoLockSetting } from '../data/use-auto-lock.ts';
import { useCaseEditor } from '../data/use-case-editor.ts';
import { CaseEditorView } from './case-editor-view.tsx';
import { ReferralSummary } from './referral-summary.tsx';
import { UnlockForm } from './unlock-form.tsx';
import '../../../components/pathway.css';
import '../referral.css';

/** `/cases/:id` — one case; `?view=summary` shows the printable referral summary. */
export default function CasePage({ params }: { params: RouteParams }) {
  const { t } = useTranslation(['screening']);
  const id = params.id ?? '';
  const editor = useCaseEditor(id);
  const { searchParams } = useLocation();
  useAutoLockSetting();
  const documentTitle = t('screening:case.documentTitle');
  const { state, draft } = editor;

  if (state === undefined) return <p role="status">{t('screening:trajectory.loading')}</p>;
  if (state.status === 'missing' || state.status === 'unreadable') {
    return (
      <section>
        <PageHeading title={documentTitle}>{t('screening:case.missing')}</PageHeading>
        <p>{state.status === 'missing' ? t('screening:case.missingBody') : t('screening:case.unreadableBody')}</p>
        <p>
          <Link href="/cases">{t('screening:case.backToCases')}</Link>
        </p>
      </section>
    );
  }
  if (state.status === 'locked' || !draft) {
    return (
      <section>
        <PageHeading title={documentTitle}>{t('screening:case.lockedTitle')}</PageHeading>
        <p>{t('screening:case.lockedBody')}</p>
        <UnlockForm caseId={id} />
        <p>
          <Link href="/cases">{t('screening:case.backToCases')}</Link>
        </p>
      </section>
    );
  }
  if (searchParams.get('view') === 'summary') {
    return <ReferralSummary caseId={id} data={draft} documentTitle={documentTitle} />;
  }
  return <CaseEditorView caseId={id} editor={editor} data={draft} isLocked={state.isLocked} expiresAt={state.expiresAt} documentTitle={documentTitle} />;
}
