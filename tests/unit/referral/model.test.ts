import { describe, expect, it } from 'vitest';
import { caseChecklistFrom, withChecklist } from '../../../src/lib/cases/case-checklists.ts';
import { emptyCase } from '../../../src/lib/cases/case-schema.ts';
import { dueFollowUps, localIsoDate, matchesQuery, nextFollowUp, summaryText } from '../../../src/features/referral/model.ts';
import { checklistDataSchema } from '../../../src/shared/kinds/checklist.ts';

const NOW = new Date('2026-11-26T15:00:00Z');

function caseWith(code: string, followUps: { id: string; date: string; isDone?: boolean }[]) {
  return { ...emptyCase(code, NOW), followUps: followUps.map((entry) => ({ note: '', isDone: false, ...entry })) };
}

describe('follow-ups', () => {
  it('lists the open follow-ups of every case, soonest first, marked overdue, today or upcoming', () => {
    const due = dueFollowUps(
      [
        { id: 'a', data: caseWith('A', [{ id: '1', date: '2026-11-30' }, { id: '2', date: '2026-11-20', isDone: true }]) },
        { id: 'b', data: caseWith('B', [{ id: '3', date: '2026-11-26' }, { id: '4', date: '2026-11-01' }]) },
      ],
      '2026-11-26',
    );
    expect(due.map((entry) => [entry.caseCode, entry.date, entry.when])).toEqual([
      ['B', '2026-11-01', 'overdue'],
      ['B', '2026-11-26', 'today'],
      ['A', '2026-11-30', 'upcoming'],
    ]);
    expect(nextFollowUp(caseWith('A', [{ id: '1', date: '2026-12-30' }, { id: '2', date: '2026-12-01' }]))?.date).toBe('2026-12-01');
  });

  it('uses the calendar day of the device, not of UTC', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('the resource search', () => {
  it('ignores case and accents and needs every word', () => {
    expect(matchesQuery('HEBERGEMENT femmes', ['Maison d’hébergement pour femmes'])).toBe(true);
    expect(matchesQuery('hébergement hommes', ['Maison d’hébergement pour femmes'])).toBe(false);
  });
});

describe('checklists in a case', () => {
  const checklist = {
    id: '8e4a7075-4a36-5db4-bea7-db260d1e0c05',
    data: checklistDataSchema.parse({
      slug: 'x',
      revision: 3,
      stage: 'referral',
      sector: 'immigration',
      title: { fr: 'Liste' },
      purpose: { fr: 'But' },
      groups: [{ id: 'g', title: { fr: 'Groupe' }, items: [{ id: 'a', text: { fr: 'A' } }, { id: 'b', text: { fr: 'B' } }] }],
    }),
  };

  it('keeps the texts of the revision it was added at, and merges later ticks instead of duplicating', () => {
    const once = withChecklist(emptyCase('C', NOW), caseChecklistFrom(checklist, { a: true }, NOW));
    const twice = withChecklist(once, caseChecklistFrom(checklist, { b: true, a: false }, NOW));
    expect(twice.checklists).toHaveLength(1);
    expect(twice.checklists[0]).toMatchObject({ revision: 3, checked: { a: true, b: true } });
  });
});

describe('the summary text', () => {
  it('holds the title and only the lines given', () => {
    expect(summaryText('Résumé', [{ label: 'Code du dossier', value: 'A-1' }])).toBe('Résumé\n\nCode du dossier\nA-1');
  });
});
