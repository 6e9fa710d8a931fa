import { describe, expect, it } from 'vitest';
import { INITIAL_SESSION, type ScreeningSession, screeningReducer } from '../../../src/features/screening/session.ts';
import { guideDataSchema } from '../../../src/shared/kinds/guide.ts';
import { fixtureGuide } from './guide-fixture.ts';

const guide = { id: '2e57f969-fc60-5632-96a0-91697e056ee2', data: guideDataSchema.parse(fixtureGuide()) };

function run(...actions: Parameters<typeof screeningReducer>[1][]): ScreeningSession {
  return actions.reduce(screeningReducer, INITIAL_SESSION);
}

describe('a screening session', () => {
  it('moves forward and back between visible steps, then to the outcome and back', () => {
    const start = { type: 'start', guide, language: 'ar', region: '08' } as const;
    expect(run(start, { type: 'next' })).toMatchObject({ phase: 'outcome' });
    const open = run(start, { type: 'answer', itemId: 'alone', value: 'yes' }, { type: 'next' });
    expect(open).toMatchObject({ phase: 'steps', stepIndex: 1 });
    expect(screeningReducer(open, { type: 'back' })).toMatchObject({ stepIndex: 0 });
    const outcome = screeningReducer(open, { type: 'next' });
    expect(outcome).toMatchObject({ phase: 'outcome' });
    expect(screeningReducer(outcome, { type: 'back' })).toMatchObject({ phase: 'steps', stepIndex: 1 });
  });

  it('forgets every answer and note on restart', () => {
    const session = run(
      { type: 'start', guide, language: 'fr', region: '' },
      { type: 'answer', itemId: 'alone', value: 'yes' },
      { type: 'note', itemId: 'note', text: 'privé' },
      { type: 'restart' },
    );
    expect(session).toEqual({ phase: 'setup' });
  });

  it('closes the handover view when moving to another step', () => {
    const session = run(
      { type: 'start', guide, language: 'ar', region: '' },
      { type: 'answer', itemId: 'alone', value: 'yes' },
      { type: 'handover', itemId: 'alone' },
      { type: 'next' },
    );
    expect(session).toMatchObject({ handoverItemId: null, stepIndex: 1 });
  });
});
