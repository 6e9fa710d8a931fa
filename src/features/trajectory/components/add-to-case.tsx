import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { caseChecklistFrom, withChecklist } from '../../../lib/cases/case-checklists.ts';
import { updateCaseData } from '../../../lib/cases/case-store.ts';
import { useCaseList } from '../../../lib/cases/use-cases.ts';
import { navigate } from '../../../lib/router.ts';
import { useSettings } from '../../../lib/settings.ts';
import type { ChecklistRecord } from '../data/use-trajectory.ts';

/** Keeps this checklist, with its ticks, in one of the cases open on this device. */
export function AddToCase({ checklist, checked }: { checklist: ChecklistRecord; checked: Readonly<Record<string, boolean>> }) {
  const { t } = useTranslation(['screening']);
  const { areCasesAllowed } = useSettings();
  const cases = useCaseList();
  const selectId = useId();
  const [caseId, setCaseId] = useState('');
  const open = (cases ?? []).flatMap((entry) => (entry.status === 'open' ? [{ id: entry.id, code: entry.data.code }] : []));
  if (!areCasesAllowed || open.length === 0) return null;

  function add() {
    if (!caseId) return;
    updateCaseData(caseId, (data) => withChecklist(data, caseChecklistFrom(checklist, checked, new Date())))
      .then(() => navigate(`/cases/${caseId}`))
      .catch(reportStorageFailure);
  }

  return (
    <p className="field">
      <label htmlFor={selectId}>{t('screening:checklist.addToCase')}</label>
      <select id={selectId} value={caseId} onChange={(event) => setCaseId(event.target.value)}>
        <option value="">{t('screening:case.checklistChoose')}</option>
        {open.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.code}
          </option>
        ))}
      </select>
      <button type="button" disabled={!caseId} onClick={add}>
        {t('screening:checklist.addToCaseButton')}
      </button>
    </p>
  );
}
