/**
 * The shipped guide's rules, table-tested: every indicator category, every immigration
 * factor of CONTENT.md, her own choices, and the gates (not alone, no consent).
 */
import { describe, expect, it } from 'vitest';
import { screeningGuide } from '../../../src/content/screening/guide/index.ts';
import { type Answers, evaluateOutcome } from '../../../src/features/screening/model.ts';
import { guideDataSchema, IMMIGRATION_FACTORS, type ImmigrationFactor } from '../../../src/shared/kinds/guide.ts';

const guide = guideDataSchema.parse(screeningGuide());
const SAFE: Answers = { alone: 'yes', 'consent-to-talk': 'yes' };
const outcomeOf = (answers: Answers) => evaluateOutcome(guide, { ...SAFE, ...answers });

describe('the screening guide by indicator category', () => {
  it.each<{ category: string; answers: Answers; path: string; urgency: string; types: string[] }>([
    { category: 'immediate danger', answers: { 'afraid-to-go-home': 'yes' }, path: 'immediate-danger', urgency: 'immediate', types: ['police', 'emergency-shelter', 'help-line'] },
    { category: 'immediate danger (person nearby)', answers: { 'person-nearby': 'yes' }, path: 'immediate-danger', urgency: 'immediate', types: ['police'] },
    { category: 'immediate danger (hurt now)', answers: { 'hurt-now': 'yes' }, path: 'immediate-danger', urgency: 'immediate', types: ['health-social'] },
    { category: 'high risk', answers: { weapon: 'yes' }, path: 'high-risk', urgency: 'within-24-hours', types: ['emergency-shelter', 'help-line', 'crime-victim-assistance'] },
    { category: 'high risk (her own fear, even unsure)', answers: { 'could-kill': 'unsure' }, path: 'high-risk', urgency: 'within-24-hours', types: ['emergency-shelter'] },
    { category: 'high risk (sexual violence)', answers: { sexual: 'yes' }, path: 'high-risk', urgency: 'within-24-hours', types: ['sexual-assault-centre'] },
    { category: 'concern with violence named', answers: { 'put-down': 'yes' }, path: 'violence-named', urgency: 'within-a-week', types: ['emergency-shelter', 'help-line'] },
    { category: 'concern without violence', answers: { 'someone-to-talk': 'no' }, path: 'vulnerability', urgency: 'when-she-is-ready', types: ['bridge-organization'] },
    { category: 'nothing raised', answers: { physical: 'no', weapon: 'no' }, path: 'nothing-named', urgency: 'when-she-is-ready', types: [] },
  ])('routes $category to the "$path" path', ({ answers, path, urgency, types }) => {
    const outcome = outcomeOf(answers);
    expect(outcome.path.id).toBe(path);
    expect(outcome.urgency).toBe(urgency);
    expect(outcome.serviceTypes).toEqual(expect.arrayContaining(types));
  });

  it('lets immediate danger win over every other sign', () => {
    const outcome = outcomeOf({ 'afraid-to-go-home': 'yes', weapon: 'yes', 'put-down': 'yes', status: 'no-status' });
    expect(outcome.path.id).toBe('immediate-danger');
    expect(outcome.indicators['immediate-danger'].map((indicator) => indicator.id)).toEqual(['afraid-to-go-home']);
    expect(outcome.indicators['high-risk'].map((indicator) => indicator.id)).toEqual(['weapon']);
    expect(outcome.indicators.concern.map((indicator) => indicator.id)).toEqual(['psychological', 'precarious-status']);
  });

  it('raises each indicator of the guide from the answer that names it', () => {
    const items = guide.sections.flatMap((section) => section.steps.flatMap((step) => step.items));
    for (const indicator of guide.indicators) {
      const answers: Record<string, string> = { ...SAFE, interpretation: 'interpreter', 'has-children': 'children-with-her' };
      for (const item of items) {
        if (item.answerType === 'yes-no') {
          const raise = item.raises.find((candidate) => candidate.indicator === indicator.id);
          if (raise?.when[0]) answers[item.id] = raise.when[0];
        } else if (item.answerType === 'choice') {
          const option = item.options.find((candidate) => candidate.raises.includes(indicator.id));
          if (option) answers[item.id] = option.id;
        }
      }
      const raised = evaluateOutcome(guide, answers).indicators[indicator.category].map((entry) => entry.id);
      expect(raised, indicator.id).toContain(indicator.id);
    }
  });
});

const FACTORS: Record<ImmigrationFactor, { answers: Answers; rule: string; types: string[]; path: string }> = {
  'sponsor-dependence': { answers: { sponsor: 'yes' }, rule: 'immigration-status', types: ['legal', 'bridge-organization'], path: 'vulnerability' },
  'precarious-status': { answers: { status: 'refugee-claimant' }, rule: 'immigration-status', types: ['legal'], path: 'vulnerability' },
  'deportation-threats': { answers: { 'deportation-threats': 'yes' }, rule: 'immigration-status', types: ['legal'], path: 'high-risk' },
  'language-barriers': { answers: { interpretation: 'none-available' }, rule: 'language', types: ['interpretation'], path: 'vulnerability' },
  isolation: { answers: { 'someone-to-talk': 'no' }, rule: 'isolation-and-pressure', types: ['community'], path: 'vulnerability' },
  'family-community-pressure': { answers: { 'family-pressure': 'yes' }, rule: 'isolation-and-pressure', types: ['bridge-organization'], path: 'vulnerability' },
  'forced-marriage': { answers: { 'forced-marriage': 'yes' }, rule: 'forced-marriage', types: ['crime-victim-assistance', 'legal'], path: 'high-risk' },
  'honour-based-violence': { answers: { honour: 'yes' }, rule: 'honour-based-violence', types: ['crime-victim-assistance'], path: 'high-risk' },
  'financial-control': { answers: { money: 'yes' }, rule: 'financial-control', types: ['bridge-organization'], path: 'violence-named' },
  'document-confiscation': { answers: { documents: 'yes' }, rule: 'documents', types: ['legal'], path: 'high-risk' },
  'children-youth-protection-fear': {
    answers: { 'has-children': 'children-elsewhere', 'children-fear': 'yes' },
    rule: 'children',
    types: ['legal'],
    path: 'vulnerability',
  },
  'recent-arrival': { answers: { arrival: 'under-2-years' }, rule: 'risk-periods', types: ['bridge-organization'], path: 'vulnerability' },
  pregnancy: { answers: { pregnant: 'yes' }, rule: 'medical-care', types: ['health-social'], path: 'vulnerability' },
};

describe('the screening guide by immigration-specific factor', () => {
  it('covers every factor of CONTENT.md', () => {
    expect(Object.keys(FACTORS).sort()).toEqual([...IMMIGRATION_FACTORS].sort());
  });

  it.each(Object.entries(FACTORS))('accounts for %s', (factor, { answers, rule, types, path }) => {
    const outcome = outcomeOf(answers);
    expect(outcome.factors).toContain(factor);
    expect(outcome.additions.map((addition) => addition.id)).toContain(rule);
    expect(outcome.serviceTypes).toEqual(expect.arrayContaining(types));
    expect(outcome.path.id).toBe(path);
  });

  it('treats a risk period with violence named as high risk', () => {
    expect(outcomeOf({ arrival: 'under-2-years', 'put-down': 'yes' }).path.id).toBe('high-risk');
    expect(outcomeOf({ pregnant: 'yes', physical: 'yes' }).path.id).toBe('high-risk');
    expect(outcomeOf({ arrival: '2-years-or-more', 'put-down': 'yes' }).path.id).toBe('violence-named');
  });

  it('counts being kept from French classes as a language barrier', () => {
    expect(outcomeOf({ 'kept-from-french': 'yes' }).factors).toEqual(['language-barriers']);
  });

  it('ignores the children questions when she has no children', () => {
    const outcome = outcomeOf({ 'has-children': 'no-children', 'children-fear': 'yes' });
    expect(outcome.factors).not.toContain('children-youth-protection-fear');
  });
});

describe('the gates and her own choices', () => {
  it('asks nothing and counts nothing while she is not alone', () => {
    const outcome = evaluateOutcome(guide, { alone: 'no', 'consent-to-talk': 'yes', 'afraid-to-go-home': 'yes', 'someone-answers': 'yes' });
    expect(outcome.path.id).toBe('not-safe-to-talk');
    expect(outcome.indicators['immediate-danger']).toEqual([]);
  });

  it('keeps a control sign she was seen under even when the conversation is postponed', () => {
    const outcome = evaluateOutcome(guide, { alone: 'no', 'someone-answers': 'yes' });
    expect(outcome.path.id).toBe('not-safe-to-talk');
    expect(outcome.indicators.concern.map((indicator) => indicator.id)).toEqual(['observed-control']);
  });

  it('stops at her "no" and leaves the door open', () => {
    const outcome = evaluateOutcome(guide, { alone: 'yes', 'consent-to-talk': 'no', weapon: 'yes' });
    expect(outcome.path.id).toBe('not-now');
    expect(outcome.serviceTypes).toEqual(['help-line']);
  });

  it('makes a safe place her request, within 24 hours, even with no sign named', () => {
    const outcome = outcomeOf({ wish: 'safe-place' });
    expect(outcome.path.id).toBe('nothing-named');
    expect(outcome.urgency).toBe('within-24-hours');
    expect(outcome.serviceTypes).toEqual(expect.arrayContaining(['emergency-shelter', 'help-line']));
  });

  it('asks for another interpreter when she does not approve this one or knows them', () => {
    for (const answers of [{ 'interpreter-approved': 'no' }, { 'interpreter-known': 'yes' }] as Answers[]) {
      const outcome = outcomeOf({ interpretation: 'interpreter', ...answers });
      expect(outcome.additions.map((addition) => addition.id)).toContain('interpreter-not-approved');
      expect(outcome.serviceTypes).toContain('interpretation');
    }
  });

  it('warns against calling her when contact is not safe', () => {
    expect(outcomeOf({ 'safe-contact': 'no' }).additions.map((addition) => addition.id)).toContain('no-safe-contact');
  });
});
