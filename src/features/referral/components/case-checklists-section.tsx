import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChecklistGroups, checklistProgress } from '../../../components/checklist-groups.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { useChecklists } from '../data/use-reference-data.ts';
import { caseChecklistFrom, withChecklist } from '../../../lib/cases/case-checklists.ts';
import { Localized } from '../../../components/localized.tsx';

type Update = (change: (data: CaseData) => CaseData) => void;

/** The checklists worked in this case, with their ticks; more can be added from those on the device. */
export function CaseChecklistsSection({ data, update }: { data: CaseData; update: Update }) {
  const { t, i18n } = useTranslation(['screening']);
  const text = (value: LocalizedText) => resolveText(value, i18n.language).text;
  const available = useChecklists();
  const selectId = useId();
  const [choice, setChoice] = useState('');
  const suggested = new Set(data.screening?.outcome.nextChecklistIds ?? []);
  const addable = available
    .filter((record) => !data.checklists.some((entry) => entry.checklistId === record.id))
    .sort((a, b) => Number(suggested.has(b.id)) - Number(suggested.has(a.id)));

  function add(id: string) {
    const record = available.find((candidate) => candidate.id === id);
    if (record) update((current) => withChecklist(current, caseChecklistFrom(record, {}, new Date())));
    setChoice('');
  }

  return (
    <section className="case-section" aria-labelledby="case-checklists">
      <h2 id="case-checklists">{t('screening:case.checklistsTitle')}</h2>
      {data.checklists.length === 0 && <p>{t('screening:case.checklistsNone')}</p>}
      {data.checklists.map((checklist) => {
        const progress = checklistProgress(checklist.groups, checklist.checked);
        return (
          <details key={checklist.checklistId} className="case-checklist" open>
            <summary>
              <Localized text={checklist.title} />
              {' — '}
              {t('screening:checklist.progress', progress)}
            </summary>
            <ChecklistGroups
              groups={checklist.groups}
              checked={checklist.checked}
              onToggle={(itemId, isChecked) =>
                update((current) => ({
                  ...current,
                  checklists: current.checklists.map((entry) =>
                    entry.checklistId === checklist.checklistId ? { ...entry, checked: { ...entry.checked, [itemId]: isChecked } } : entry,
                  ),
                }))
              }
            />
          </details>
        );
      })}
      {addable.length > 0 && (
        <p className="field">
          <label htmlFor={selectId}>{t('screening:case.checklistAdd')}</label>
          <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">{t('screening:case.checklistChoose')}</option>
            {addable.map((record) => (
              <option key={record.id} value={record.id}>
                {suggested.has(record.id)
                  ? t('screening:case.checklistSuggested', { title: text(record.data.title) })
                  : text(record.data.title)}
              </option>
            ))}
          </select>
          <button type="button" disabled={!choice} onClick={() => add(choice)}>
            {t('screening:case.checklistAddButton')}
          </button>
        </p>
      )}
    </section>
  );
}
