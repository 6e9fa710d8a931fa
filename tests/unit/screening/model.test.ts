import { describe, expect, it } from 'vitest';
import { type Answers, directoryHref, evaluateOutcome, visibleSteps } from '../../../src/features/screening/model.ts';
import { guideDataSchema } from '../../../src/shared/kinds/guide.ts';
import { fixtureGuide } from './guide-fixture.ts';

const guide = guideDataSchema.parse(fixtureGuide());

describe('visible steps', () => {
  it('hides the questions while she is not alone, and shows them once she is', () => {
    expect(visibleSteps(guide, {}).map(({ step }) => step.id)).toEqual(['private']);
    expect(visibleSteps(guide, { alone: 'no' }).map(({ step }) => step.id)).toEqual(['private']);
    expect(visibleSteps(guide, { alone: 'yes' }).map(({ step }) => step.id)).toEqual(['private', 'safety']);
  });
});

describe('the outcome of a screening', () => {
  it.each<{ name: string; answers: Answers; path: string; urgency: string; types: string[] }>([
    { name: 'nothing answered', answers: {}, path: 'open', urgency: 'when-she-is-ready', types: [] },
    { name: 'an immediate danger', answers: { alone: 'yes', 'afraid-home': 'yes' }, path: 'urgent', urgency: 'immediate', types: ['emergency-shelter', 'police'] },
    { name: 'a high risk', answers: { alone: 'yes', weapon: 'yes' }, path: 'risk', urgency: 'within-24-hours', types: ['help-line'] },
    { name: 'a high risk raised by "unsure"', answers: { alone: 'yes', weapon: 'unsure' }, path: 'risk', urgency: 'within-24-hours', types: ['help-line'] },
    { name: 'a concern that adds services', answers: { alone: 'yes', status: 'no-status' }, path: 'open', urgency: 'when-she-is-ready', types: ['legal', 'help-line'] },
    {
      name: 'danger and a concern together',
      answers: { alone: 'yes', 'afraid-home': 'yes', weapon: 'yes', status: 'no-status' },
      path: 'urgent',
      urgency: 'immediate',
      types: ['emergency-shelter', 'police', 'legal', 'help-line'],
    },
    { name: 'answers hidden because she is not alone', answers: { alone: 'no', 'afraid-home': 'yes' }, path: 'open', urgency: 'when-she-is-ready', types: [] },
  ])('gives the right path for $name', ({ answers, path, urgency, types }) => {
    const outcome = evaluateOutcome(guide, answers);
    expect(outcome.path.id).toBe(path);
    expect(outcome.urgency).toBe(urgency);
    expect(outcome.serviceTypes).toEqual(types);
  });

  it('groups the raised indicators by category and lists the immigration factors', () => {
    const outcome = evaluateOutcome(guide, { alone: 'yes', 'afraid-home': 'yes', weapon: 'no', status: 'no-status' });
    expect(outcome.indicators['immediate-danger'].map((indicator) => indicator.id)).toEqual(['danger-now']);
    expect(outcome.indicators['high-risk']).toEqual([]);
    expect(outcome.indicators.concern.map((indicator) => indicator.id)).toEqual(['precarious']);
    expect(outcome.factors).toEqual(['precarious-status']);
  });

  it('takes the most urgent urgency of the path and the additions', () => {
    const urgentAddition = guideDataSchema.parse({
      ...fixtureGuide(),
      rules: fixtureGuide().rules.map((rule) => (rule.id === 'status-help' ? { ...rule, urgency: 'within-a-week' } : rule)),
    });
    expect(evaluateOutcome(urgentAddition, { alone: 'yes', status: 'no-status' }).urgency).toBe('within-a-week');
  });
});

describe('the directory link', () => {
  it('follows the URL contract with region, language and repeated types', () => {
    expect(directoryHref({ region: '08', language: 'fa', serviceTypes: ['emergency-shelter', 'help-line'] })).toBe(
      '/directory?region=08&lang=fa&type=emergency-shelter&type=help-line',
    );
    expect(directoryHref({ serviceTypes: [] })).toBe('/directory');
  });
});
