/**
 * Pure logic of a screening: which steps show, which indicators the answers raise, and
 * the outcome the guide's rules recommend. No React, no storage: the answers live in
 * memory until the intervenor saves them in a case (SAFETY.md rule 2).
 */
import type { ScreeningSnapshot } from '../../lib/cases/case-schema.ts';
import type { ServiceType } from '../../shared/kinds/directory.ts';
import {
  type Condition,
  type GuideData,
  type GuideItem,
  type GuideSection,
  type GuideStep,
  type ImmigrationFactor,
  type Indicator,
  type IndicatorCategory,
  INDICATOR_CATEGORIES,
  NOT_ASKED,
  type OutcomeRule,
  URGENCIES,
  type Urgency,
} from '../../shared/kinds/guide.ts';

/** Item id → `yes` | `no` | `unsure` | `not-asked` | a choice option id. Absent means not asked. */
export type Answers = Readonly<Record<string, string>>;

export function answerOf(answers: Answers, itemId: string): string {
  return answers[itemId] ?? NOT_ASKED;
}

/** A step with the section it belongs to, in reading order. */
export interface PlacedStep {
  section: GuideSection;
  step: GuideStep;
}

interface Evaluation {
  answers: Answers;
  raised: ReadonlySet<string>;
  indicators: readonly Indicator[];
}

/** Whether `condition` holds for these answers and raised indicators. */
export function holds(condition: Condition, evaluation: Evaluation): boolean {
  if ('always' in condition) return true;
  if ('indicator' in condition) return evaluation.raised.has(condition.indicator);
  if ('category' in condition) {
    const count = evaluation.indicators.filter(
      (indicator) => indicator.category === condition.category && evaluation.raised.has(indicator.id),
    ).length;
    return count >= (condition.atLeast ?? 1);
  }
  if ('factor' in condition) {
    return evaluation.indicators.some((indicator) => indicator.factor === condition.factor && evaluation.raised.has(indicator.id));
  }
  if ('answer' in condition) return condition.in.includes(answerOf(evaluation.answers, condition.answer));
  if ('all' in condition) return condition.all.every((child) => holds(child, evaluation));
  if ('any' in condition) return condition.any.some((child) => holds(child, evaluation));
  return !holds(condition.not, evaluation);
}

/** Indicator ids raised by the answers to `items`. */
function raisedBy(items: readonly GuideItem[], answers: Answers): Set<string> {
  const raised = new Set<string>();
  for (const item of items) {
    const answer = answerOf(answers, item.id);
    if (item.answerType === 'yes-no') {
      for (const raise of item.raises) if ((raise.when as string[]).includes(answer)) raised.add(raise.indicator);
    } else if (item.answerType === 'choice') {
      for (const indicator of item.options.find((option) => option.id === answer)?.raises ?? []) raised.add(indicator);
    }
  }
  return raised;
}

/**
 * The steps to show, in order. A step's `showIf` is judged on the steps shown before it
 * only, so visibility never depends on itself; answers in hidden steps count for nothing.
 */
export function visibleSteps(guide: GuideData, answers: Answers): PlacedStep[] {
  const shown: PlacedStep[] = [];
  const items: GuideItem[] = [];
  for (const section of guide.sections) {
    for (const step of section.steps) {
      if (step.showIf) {
        const scoped = pick(answers, items);
        const evaluation = { answers: scoped, raised: raisedBy(items, scoped), indicators: guide.indicators };
        if (!holds(step.showIf, evaluation)) continue;
      }
      shown.push({ section, step });
      items.push(...step.items);
    }
  }
  return shown;
}

function pick(answers: Answers, items: readonly GuideItem[]): Answers {
  const scoped: Record<string, string> = {};
  for (const item of items) {
    const answer = answers[item.id];
    if (answer !== undefined) scoped[item.id] = answer;
  }
  return scoped;
}

/** The answers that count: those of visible steps. */
export function effectiveAnswers(guide: GuideData, answers: Answers): Answers {
  return pick(
    answers,
    visibleSteps(guide, answers).flatMap(({ step }) => step.items),
  );
}

export type IndicatorsByCategory = Record<IndicatorCategory, Indicator[]>;

export interface ScreeningOutcome {
  /** The path rule that held first. */
  path: OutcomeRule;
  /** Every `add` rule that held, in guide order. */
  additions: OutcomeRule[];
  /** The most urgent urgency among the rules that held. */
  urgency: Urgency;
  /** Service types to look for, path first, without duplicates. */
  serviceTypes: ServiceType[];
  /** Checklists to open next, path first, without duplicates. */
  nextChecklistIds: string[];
  indicators: IndicatorsByCategory;
  factors: ImmigrationFactor[];
}

/**
 * Applies the guide's rules to the answers. The guide schema guarantees a last path rule
 * that always holds; a guide that somehow lacks one throws, which the UI reports.
 */
export function evaluateOutcome(guide: GuideData, answers: Answers): ScreeningOutcome {
  const counted = effectiveAnswers(guide, answers);
  const items = visibleSteps(guide, answers).flatMap(({ step }) => step.items);
  const raised = raisedBy(items, counted);
  const evaluation = { answers: counted, raised, indicators: guide.indicators };
  const path = guide.rules.find((rule) => rule.mode === 'path' && holds(rule.when, evaluation));
  if (!path) throw new Error(`Guide "${guide.slug}" has no path rule that applies.`);
  const additions = guide.rules.filter((rule) => rule.mode === 'add' && holds(rule.when, evaluation));
  const rules = [path, ...additions];
  const urgencyRank = Math.min(
    ...rules.flatMap((rule) => (rule.urgency ? [URGENCIES.indexOf(rule.urgency)] : [])),
  );
  const indicators = Object.fromEntries(INDICATOR_CATEGORIES.map((category) => [category, [] as Indicator[]])) as IndicatorsByCategory;
  for (const indicator of guide.indicators) if (raised.has(indicator.id)) indicators[indicator.category].push(indicator);
  return {
    path,
    additions,
    urgency: URGENCIES[urgencyRank] ?? 'when-she-is-ready',
    serviceTypes: unique(rules.flatMap((rule) => rule.serviceTypes)),
    nextChecklistIds: unique(rules.flatMap((rule) => (rule.nextChecklistId ? [rule.nextChecklistId] : []))),
    indicators,
    factors: unique(guide.indicators.flatMap((indicator) => (raised.has(indicator.id) && indicator.factor ? [indicator.factor] : []))),
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export { directoryHref } from '../../lib/directory-link.ts';

/**
 * What a case keeps of this screening (lib/cases `ScreeningSnapshot`): the answers given,
 * with the texts of this guide revision, and the outcome. Untouched items are left out.
 */
export function screeningSnapshot(
  guide: { id: string; data: GuideData },
  answers: Answers,
  notes: Readonly<Record<string, string>>,
  outcome: ScreeningOutcome,
  now: Date,
): ScreeningSnapshot {
  const counted = effectiveAnswers(guide.data, answers);
  const items = visibleSteps(guide.data, answers).flatMap(({ step }) => step.items);
  return {
    guideId: guide.id,
    guideRevision: guide.data.revision,
    guideTitle: guide.data.title,
    completedAt: now.toISOString(),
    answers: items.flatMap((item) => {
      const answer = answerOf(counted, item.id);
      if (item.answerType === 'note' || answer === NOT_ASKED) return [];
      const option = item.answerType === 'choice' ? item.options.find((candidate) => candidate.id === answer) : undefined;
      return [{ itemId: item.id, prompt: item.prompt, answer, answerLabel: option?.label ?? null }];
    }),
    notes: items.flatMap((item) => {
      const text = notes[item.id]?.trim();
      return item.answerType === 'note' && text ? [{ itemId: item.id, prompt: item.prompt, text }] : [];
    }),
    outcome: {
      ruleId: outcome.path.id,
      pathTitle: outcome.path.title,
      urgency: outcome.urgency,
      serviceTypes: outcome.serviceTypes,
      advice: outcome.path.advice,
      additions: outcome.additions.map((rule) => rule.title),
      indicators: INDICATOR_CATEGORIES.flatMap((category) =>
        outcome.indicators[category].map(({ id, label, factor }) => (factor ? { id, category, label, factor } : { id, category, label })),
      ),
      nextChecklistIds: outcome.nextChecklistIds,
    },
  };
}
