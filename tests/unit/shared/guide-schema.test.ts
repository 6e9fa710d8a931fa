import { describe, expect, it } from 'vitest';
import { validateRecordData } from '../../../src/shared/record-schemas.ts';
import { fixtureGuide, must, type GuideInput } from '../screening/guide-fixture.ts';

function problemsOf(guide: GuideInput): string[] {
  const result = validateRecordData('guide', guide);
  return result.success ? [] : result.problems.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('the guide schema', () => {
  it('accepts a well-formed guide', () => {
    expect(problemsOf(fixtureGuide())).toEqual([]);
  });

  it('refuses an outcome rule that names an unknown service type, naming the field', () => {
    const guide = fixtureGuide();
    guide.rules[0] = { ...must(guide.rules[0]), serviceTypes: ['emergency-shelter', 'teleportation' as never] };
    expect(problemsOf(guide)).toEqual([expect.stringMatching(/^rules\.0\.serviceTypes\.1: /)]);
  });

  it('refuses a rule that names an indicator nobody defined', () => {
    const guide = fixtureGuide();
    guide.rules[1] = { ...must(guide.rules[1]), when: { indicator: 'ghost' } };
    expect(problemsOf(guide)).toEqual(['rules.1.when: unknown indicator "ghost"']);
  });

  it('refuses a condition on an answer the item cannot have', () => {
    const guide = fixtureGuide();
    guide.rules[1] = { ...must(guide.rules[1]), when: { answer: 'status', in: ['yes'] } };
    expect(problemsOf(guide)).toEqual(['rules.1.when: "yes" is not an answer of "status"']);
  });

  it('refuses a guide whose last path rule does not always hold', () => {
    const guide = fixtureGuide();
    guide.rules = guide.rules.filter((rule) => rule.id !== 'open');
    expect(problemsOf(guide)).toEqual([expect.stringContaining('the last path rule must hold always')]);
  });

  it('refuses a path rule without urgency', () => {
    const guide = fixtureGuide();
    guide.rules[0] = { ...must(guide.rules[0]), urgency: undefined };
    expect(problemsOf(guide)).toEqual(['rules.0.urgency: a path rule needs an urgency']);
  });

  it('refuses a question without woman-facing text, and woman-facing text in an undeclared language', () => {
    const guide = fixtureGuide();
    const step = must(must(guide.sections[1]).steps[0]);
    step.items[0] = { ...must(step.items[0]), toWoman: undefined } as never;
    step.items[1] = { ...must(step.items[1]), toWoman: { fr: 'Arme ?', fa: 'سلاح؟' } } as never;
    expect(problemsOf(guide)).toEqual([
      'sections.1.steps.0.items.0.toWoman: a question needs its woman-facing text',
      'sections.1.steps.0.items.1.toWoman.fa: "fa" is not in womanLanguages',
    ]);
  });

  it('refuses an indicator that no answer can raise, and duplicate item ids', () => {
    const guide = fixtureGuide();
    guide.indicators.push({ id: 'orphan', category: 'concern', label: { fr: 'Orphelin' } });
    const step = must(must(guide.sections[1]).steps[0]);
    step.items.push({ ...must(step.items[3]) });
    expect(problemsOf(guide)).toEqual([
      'sections.1.steps.0.items.4.id: item "note" appears twice',
      'indicators.3: no answer raises indicator "orphan"',
    ]);
  });

  it('refuses intervenor text without French', () => {
    const guide = fixtureGuide();
    guide.title = { en: 'Guide' };
    expect(problemsOf(guide)).toEqual(['title: needs French, the source language']);
  });
});
