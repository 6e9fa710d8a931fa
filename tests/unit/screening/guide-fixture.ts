/** A small, valid guide for engine and schema tests (the shipped guide is tested on its own). */
import type { z } from 'zod';
import type { guideDataSchema } from '../../../src/shared/kinds/guide.ts';

export type GuideInput = z.input<typeof guideDataSchema>;

/** The value, or a thrown error naming what is missing (tests only; lint forbids `!`). */
export function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('fixture: missing value');
  return value;
}

const text = (fr: string) => ({ fr, en: fr });
const woman = (fr: string) => ({ fr });

export function fixtureGuide(): GuideInput {
  return {
    slug: 'fixture',
    revision: 1,
    title: text('Guide'),
    summary: text('Résumé'),
    disclaimer: text('Soutient le jugement.'),
    womanLanguages: [{ code: 'fr', name: 'Français', dir: 'ltr', status: 'source' }],
    sections: [
      {
        id: 'start',
        title: text('Début'),
        steps: [
          {
            id: 'private',
            title: text('Moment sûr'),
            items: [{ id: 'alone', kind: 'observation', answerType: 'yes-no', prompt: text('Seule ?') }],
          },
        ],
      },
      {
        id: 'questions',
        title: text('Questions'),
        steps: [
          {
            id: 'safety',
            title: text('Sécurité'),
            showIf: { answer: 'alone', in: ['yes'] },
            items: [
              {
                id: 'afraid-home',
                kind: 'question',
                answerType: 'yes-no',
                prompt: text('Peur de rentrer ?'),
                toWoman: woman('Avez-vous peur de rentrer ?'),
                raises: [{ indicator: 'danger-now', when: ['yes'] }],
              },
              {
                id: 'weapon',
                kind: 'question',
                answerType: 'yes-no',
                prompt: text('Arme ?'),
                toWoman: woman('Arme ?'),
                raises: [{ indicator: 'weapon', when: ['yes', 'unsure'] }],
              },
              {
                id: 'status',
                kind: 'question',
                answerType: 'choice',
                prompt: text('Statut ?'),
                toWoman: woman('Statut ?'),
                options: [
                  { id: 'citizen', label: text('Citoyenne'), toWoman: woman('Citoyenne') },
                  { id: 'no-status', label: text('Sans statut'), toWoman: woman('Sans statut'), raises: ['precarious'] },
                ],
              },
              { id: 'note', kind: 'observation', answerType: 'note', prompt: text('Note') },
            ],
          },
        ],
      },
    ],
    indicators: [
      { id: 'danger-now', category: 'immediate-danger', label: text('Danger') },
      { id: 'weapon', category: 'high-risk', label: text('Arme') },
      { id: 'precarious', category: 'concern', factor: 'precarious-status', label: text('Statut précaire') },
    ],
    rules: [
      { id: 'urgent', mode: 'path', when: { category: 'immediate-danger' }, title: text('Urgence'), urgency: 'immediate', serviceTypes: ['emergency-shelter', 'police'] },
      { id: 'risk', mode: 'path', when: { category: 'high-risk' }, title: text('Risque'), urgency: 'within-24-hours', serviceTypes: ['help-line'] },
      { id: 'status-help', mode: 'add', when: { factor: 'precarious-status' }, title: text('Statut'), serviceTypes: ['legal', 'help-line'] },
      { id: 'open', mode: 'path', when: { always: true }, title: text('Porte ouverte'), urgency: 'when-she-is-ready' },
    ],
  };
}
