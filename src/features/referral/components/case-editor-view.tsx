import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import type { CaseEditor } from '../data/use-case-editor.ts';
import { CaseChecklistsSection } from './case-checklists-section.tsx';
import { ConsentSection } from './consent-section.tsx';
import { CoordinationSection } from './coordination-section.tsx';
import { DeleteCaseSection } from './delete-case-section.tsx';
import { ExpiryBanner } from './expiry-banner.tsx';
import { FollowUpsSection } from './follow-ups-section.tsx';
import { LanguageSection } from './language-section.tsx';
import { LockSection } from './lock-section.tsx';
import { ReceivingSection } from './receiving-section.tsx';
import { ScreeningSection } from './screening-section.tsx';

interface Props {
  caseId: string;
  editor: CaseEditor;
  data: CaseData;
  isLocked: boolean;
  expiresAt: string;
  documentTitle: string;
}

/** Every part of an open case. Each change is saved at once, on this device only. */
export function CaseEditorView({ caseId, editor, data, isLocked, expiresAt, documentTitle }: Props) {
  const { t } = useTranslation(['screening']);
  const { update, saveError } = editor;
  return (
    <section className="case-page">
      <PageHeading title={documentTitle}>{t('screening:case.title', { code: data.code })}</PageHeading>
      <p className="hint">{t('screening:case.savedLocally')}</p>
      {saveError && (
        <p role="alert" className="form-error">
          {saveError === 'locked' ? t('screening:case.saveLocked') : t('screening:case.saveFailed')}
        </p>
      )}
      <ExpiryBanner caseId={caseId} expiresAt={expiresAt} />
      <p>
        <Link href={`/cases/${caseId}?view=summary`} className="button-link">
          {t('screening:summary.open')}
        </Link>
      </p>
      <ConsentSection data={data} update={update} />
      <LanguageSection data={data} update={update} />
      <ScreeningSection data={data} />
      <ReceivingSection data={data} update={update} />
      <CoordinationSection data={data} update={update} />
      <FollowUpsSection data={data} update={update} />
      <CaseChecklistsSection data={data} update={update} />
      <section className="case-section" aria-labelledby="case-notes">
        <h2 id="case-notes">{t('screening:case.notes')}</h2>
        <label className="visually-hidden" htmlFor="case-notes-text">
          {t('screening:case.notes')}
        </label>
        <textarea
          id="case-notes-text"
          rows={5}
          value={data.notes}
          aria-describedby="case-notes-hint"
          onChange={(event) => update((current) => ({ ...current, notes: event.target.value }))}
        />
        <p id="case-notes-hint" className="hint">
          {t('screening:case.notesHint')}
        </p>
      </section>
      <LockSection caseId={caseId} isLocked={isLocked} />
      <DeleteCaseSection caseId={caseId} code={data.code} />
    </section>
  );
}
