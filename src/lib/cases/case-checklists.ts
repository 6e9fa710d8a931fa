/** Checklists inside a case: shared by the trajectory pages (add to a case) and the case pages. */
import type { ChecklistData } from '../../shared/kinds/checklist.ts';
import type { CaseChecklist, CaseData } from './case-schema.ts';

/** A checklist as a case keeps it: its texts at this revision, and the ticks so far. */
export function caseChecklistFrom(
  record: { id: string; data: ChecklistData },
  checked: Readonly<Record<string, boolean>>,
  now: Date,
): CaseChecklist {
  return {
    checklistId: record.id,
    revision: record.data.revision,
    title: record.data.title,
    groups: record.data.groups,
    checked: { ...checked },
    addedAt: now.toISOString(),
  };
}

/** Adds a checklist to a case, or merges ticks into the one it already has. */
export function withChecklist(data: CaseData, checklist: CaseChecklist): CaseData {
  const existing = data.checklists.find((entry) => entry.checklistId === checklist.checklistId);
  if (!existing) return { ...data, checklists: [...data.checklists, checklist] };
  return {
    ...data,
    checklists: data.checklists.map((entry) =>
      entry === existing ? { ...entry, checked: { ...entry.checked, ...pickTrue(checklist.checked) } } : entry,
    ),
  };
}

function pickTrue(checked: Readonly<Record<string, boolean>>): Record<string, boolean> {
  return Object.fromEntries(Object.entries(checked).filter(([, value]) => value));
}
