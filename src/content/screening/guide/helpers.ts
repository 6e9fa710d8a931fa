/** Small builders that keep the guide's source readable: intervenor text fr + en, woman text from woman/. */
import type { z } from 'zod';
import type { Condition, itemSchema, sectionSchema, stepSchema } from '../../../shared/kinds/guide.ts';
import type { WomanTexts } from '../woman-text.ts';

export type ItemInput = z.input<typeof itemSchema>;
export type StepInput = z.input<typeof stepSchema>;
export type SectionInput = z.input<typeof sectionSchema>;
export type Text = { fr: string; en: string };
type Raise = { indicator: string; when: ('yes' | 'no' | 'unsure')[] };

/** Intervenor-facing text: French (the source) and English. */
export function text(fr: string, en: string): Text {
  return { fr, en };
}

/** Raises `indicator` when she answers yes. */
export function onYes(indicator: string): Raise[] {
  return [{ indicator, when: ['yes'] }];
}

/** A yes / no / unsure / not asked question, in her words from woman/<lng>.json. */
export function question(w: WomanTexts, id: string, spec: { prompt: Text; guidance?: Text; raises?: Raise[] }): ItemInput {
  return { id, kind: 'question', answerType: 'yes-no', toWoman: w.question(id), raises: [], ...spec };
}

/** A question with options she can pick; each option's words come from woman/<lng>.json. */
export function choiceQuestion(
  w: WomanTexts,
  id: string,
  spec: { prompt: Text; guidance?: Text; options: { id: string; label: Text; raises?: string[] }[] },
): ItemInput {
  return {
    id,
    kind: 'question',
    answerType: 'choice',
    toWoman: w.question(id),
    prompt: spec.prompt,
    guidance: spec.guidance,
    options: spec.options.map((option) => ({ ...option, toWoman: w.option(id, option.id) })),
  };
}

/** Something the intervenor notes herself (not asked to the woman). */
export function observation(id: string, spec: { prompt: Text; guidance?: Text; raises?: Raise[] }): ItemInput {
  return { id, kind: 'observation', answerType: 'yes-no', raises: [], ...spec };
}

export function observationChoice(
  id: string,
  spec: { prompt: Text; guidance?: Text; options: { id: string; label: Text; raises?: string[] }[] },
): ItemInput {
  return { id, kind: 'observation', answerType: 'choice', ...spec };
}

/** A free note: kept only if the intervenor saves the screening in a case. */
export function note(id: string, spec: { prompt: Text; guidance?: Text }): ItemInput {
  return { id, kind: 'observation', answerType: 'note', ...spec };
}

/** She is alone in a private place and agreed to talk: the questions about violence may be asked. */
export const SAFE_AND_AGREED: Condition = {
  all: [
    { answer: 'alone', in: ['yes'] },
    { answer: 'consent-to-talk', in: ['yes'] },
  ],
};
