/** Pure logic of referral cases: follow-up lists, the referral summary, the resource search. */
import type { CaseData, FollowUp } from '../../lib/cases/case-schema.ts';

/** `YYYY-MM-DD` of `date` in the device's time zone (follow-ups are calendar days). */
export function localIsoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface DueFollowUp extends FollowUp {
  caseId: string;
  caseCode: string;
  when: 'overdue' | 'today' | 'upcoming';
}

/** Follow-ups not yet done across the cases, soonest first, each marked overdue, today or upcoming. */
export function dueFollowUps(cases: readonly { id: string; data: CaseData }[], today: string): DueFollowUp[] {
  return cases
    .flatMap(({ id, data }) =>
      data.followUps
        .filter((followUp) => !followUp.isDone)
        .map((followUp) => ({
          ...followUp,
          caseId: id,
          caseCode: data.code,
          when: followUp.date < today ? ('overdue' as const) : followUp.date === today ? ('today' as const) : ('upcoming' as const),
        })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.caseCode.localeCompare(b.caseCode));
}

/** The next follow-up of one case, or null. */
export function nextFollowUp(data: CaseData): FollowUp | null {
  return [...data.followUps].filter((followUp) => !followUp.isDone).sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

/** Case- and accent-insensitive text for the resource search (é → e, Ç → c). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** True when every word of `query` appears in one of `texts`. */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const haystack = foldText(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}

/** The fields an intervenor may tick for the referral summary. None is ticked by default. */
export const SUMMARY_FIELDS = [
  'code',
  'created',
  'language',
  'region',
  'interpreter',
  'consent',
  'path',
  'services',
  'signs',
  'receiving',
  'coordination',
  'contactPlan',
  'followUps',
  'checklists',
  'notes',
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/** The summary as plain lines, in the order of SUMMARY_FIELDS, holding only the ticked fields. */
export function summaryText(title: string, lines: readonly { label: string; value: string }[]): string {
  return [title, '', ...lines.map((line) => `${line.label}\n${line.value}`)].join('\n\n').replace(/\n{3,}/g, '\n\n');
}
