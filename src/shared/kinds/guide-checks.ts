/**
 * Cross-reference checks of a guide: what zod's shape alone cannot see. A rule that names
 * an indicator, a question or an answer that does not exist would silently never fire in
 * the field; here it is an import error that names the field.
 */
import type { z } from 'zod';
import { type Condition, NOT_ASKED, YES_NO_ANSWERS } from './guide-condition.ts';

type Text = Record<string, string>;

/** The parts of a parsed guide these checks read (kept structural to avoid an import cycle). */
export interface GuideShape {
  womanLanguages: { code: string }[];
  womanPhrases: Record<string, Text>;
  sections: {
    id: string;
    steps: {
      id: string;
      showIf?: Condition;
      items: {
        id: string;
        kind: 'question' | 'observation';
        answerType: 'yes-no' | 'choice' | 'note';
        toWoman?: Text;
        raises?: { indicator: string }[];
        options?: { id: string; toWoman?: Text; raises: string[] }[];
      }[];
    }[];
  }[];
  indicators: { id: string }[];
  rules: { id: string; mode: 'path' | 'add'; when: Condition; urgency?: string }[];
}

type Path = (string | number)[];

export function checkGuideReferences(guide: GuideShape, context: z.RefinementCtx): void {
  const problem = (path: Path, message: string) => context.addIssue({ code: 'custom', path, message });
  const languages = new Set(guide.womanLanguages.map((language) => language.code));
  if (!languages.has('fr')) problem(['womanLanguages'], 'must include French, the source language');
  if (languages.size !== guide.womanLanguages.length) problem(['womanLanguages'], 'a language is listed twice');

  const checkWomanText = (text: Text | undefined, path: Path, isRequired: boolean) => {
    if (!text) {
      if (isRequired) problem(path, 'a question needs its woman-facing text');
      return;
    }
    if (text.fr === undefined) problem(path, 'needs French, the source language');
    for (const code of Object.keys(text)) {
      if (!languages.has(code)) problem([...path, code], `"${code}" is not in womanLanguages`);
    }
  };
  for (const [key, text] of Object.entries(guide.womanPhrases)) checkWomanText(text, ['womanPhrases', key], true);

  const indicatorIds = uniqueIds(guide.indicators, ['indicators'], problem);
  uniqueIds(guide.rules, ['rules'], problem);
  uniqueIds(guide.sections, ['sections'], problem);
  const raised = new Set<string>();
  const items = new Map<string, GuideShape['sections'][number]['steps'][number]['items'][number]>();
  const stepIds = new Set<string>();

  for (const [s, section] of guide.sections.entries()) {
    for (const [t, step] of section.steps.entries()) {
      const stepPath = ['sections', s, 'steps', t];
      if (stepIds.has(step.id)) problem([...stepPath, 'id'], `step "${step.id}" appears twice`);
      stepIds.add(step.id);
      for (const [i, item] of step.items.entries()) {
        const path = [...stepPath, 'items', i];
        if (items.has(item.id)) problem([...path, 'id'], `item "${item.id}" appears twice`);
        items.set(item.id, item);
        const isQuestion = item.kind === 'question';
        if (!isQuestion && item.toWoman) problem([...path, 'toWoman'], 'an observation is not addressed to the woman');
        checkWomanText(item.toWoman, [...path, 'toWoman'], isQuestion);
        for (const [r, raise] of (item.raises ?? []).entries()) {
          raised.add(raise.indicator);
          if (!indicatorIds.has(raise.indicator)) problem([...path, 'raises', r], `unknown indicator "${raise.indicator}"`);
        }
        uniqueIds(item.options ?? [], [...path, 'options'], problem);
        for (const [o, option] of (item.options ?? []).entries()) {
          if (isQuestion) checkWomanText(option.toWoman, [...path, 'options', o, 'toWoman'], true);
          for (const indicator of option.raises) {
            raised.add(indicator);
            if (!indicatorIds.has(indicator)) problem([...path, 'options', o, 'raises'], `unknown indicator "${indicator}"`);
          }
        }
      }
    }
  }

  for (const [index, indicator] of guide.indicators.entries()) {
    if (!raised.has(indicator.id)) problem(['indicators', index], `no answer raises indicator "${indicator.id}"`);
  }

  const checkCondition = (condition: Condition, path: Path): void => {
    if ('indicator' in condition && !indicatorIds.has(condition.indicator)) {
      problem(path, `unknown indicator "${condition.indicator}"`);
    } else if ('answer' in condition) {
      const item = items.get(condition.answer);
      if (!item || item.answerType === 'note') {
        problem(path, `"${condition.answer}" is not a yes/no or choice item`);
        return;
      }
      const allowed = new Set<string>(
        item.answerType === 'yes-no' ? YES_NO_ANSWERS : [NOT_ASKED, ...(item.options ?? []).map((option) => option.id)],
      );
      for (const value of condition.in) if (!allowed.has(value)) problem(path, `"${value}" is not an answer of "${item.id}"`);
    } else if ('all' in condition) condition.all.forEach((child, index) => checkCondition(child, [...path, 'all', index]));
    else if ('any' in condition) condition.any.forEach((child, index) => checkCondition(child, [...path, 'any', index]));
    else if ('not' in condition) checkCondition(condition.not, [...path, 'not']);
  };

  guide.sections.forEach((section, s) =>
    section.steps.forEach((step, t) => {
      if (step.showIf) checkCondition(step.showIf, ['sections', s, 'steps', t, 'showIf']);
    }),
  );
  const pathRules: number[] = [];
  guide.rules.forEach((rule, index) => {
    checkCondition(rule.when, ['rules', index, 'when']);
    if (rule.mode === 'path') {
      pathRules.push(index);
      if (!rule.urgency) problem(['rules', index, 'urgency'], 'a path rule needs an urgency');
    }
  });
  const last = pathRules.at(-1);
  const lastRule = last === undefined ? undefined : guide.rules[last];
  if (last === undefined || !lastRule || !('always' in lastRule.when)) {
    problem(['rules'], 'the last path rule must hold always ({"always": true}), so that every screening has a path');
  }
}

function uniqueIds(list: { id: string }[], path: Path, problem: (path: Path, message: string) => void): Set<string> {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.id)) problem([...path, index, 'id'], `"${entry.id}" appears twice`);
    seen.add(entry.id);
  });
  return seen;
}
