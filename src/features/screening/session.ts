/**
 * The state of one screening, in memory only (SAFETY.md rule 2): nothing here is written
 * anywhere until the intervenor saves it in a case. The guide is pinned when the screening
 * starts, so a newer revision arriving by sync never changes questions under her feet.
 */
import type { GuideData } from '../../shared/kinds/guide.ts';
import { type Answers, visibleSteps } from './model.ts';

export interface PinnedGuide {
  id: string;
  data: GuideData;
}

export type ScreeningSession =
  | { phase: 'setup' }
  | {
      phase: 'steps' | 'outcome';
      guide: PinnedGuide;
      /** Her language (BCP 47 code), for the handover view and the directory filter. */
      language: string;
      /** Her administrative region, or '' when not given. */
      region: string;
      answers: Answers;
      /** Free notes by item id: kept only if saved in a case. */
      notes: Readonly<Record<string, string>>;
      stepIndex: number;
      /** The item shown to her in her language, or null. */
      handoverItemId: string | null;
    };

export type ScreeningAction =
  | { type: 'start'; guide: PinnedGuide; language: string; region: string }
  | { type: 'answer'; itemId: string; value: string }
  | { type: 'note'; itemId: string; text: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'finish' }
  | { type: 'handover'; itemId: string | null }
  | { type: 'restart' };

export const INITIAL_SESSION: ScreeningSession = { phase: 'setup' };

export function screeningReducer(session: ScreeningSession, action: ScreeningAction): ScreeningSession {
  if (action.type === 'restart') return INITIAL_SESSION;
  if (action.type === 'start') {
    return {
      phase: 'steps',
      guide: action.guide,
      language: action.language,
      region: action.region,
      answers: {},
      notes: {},
      stepIndex: 0,
      handoverItemId: null,
    };
  }
  if (session.phase === 'setup') return session;
  const stepCount = visibleSteps(session.guide.data, session.answers).length;
  switch (action.type) {
    case 'answer':
      return { ...session, answers: { ...session.answers, [action.itemId]: action.value } };
    case 'note':
      return { ...session, notes: { ...session.notes, [action.itemId]: action.text } };
    case 'next':
      if (session.phase === 'outcome') return session;
      return session.stepIndex >= stepCount - 1
        ? { ...session, phase: 'outcome', handoverItemId: null }
        : { ...session, stepIndex: session.stepIndex + 1, handoverItemId: null };
    case 'back':
      if (session.phase === 'outcome') return { ...session, phase: 'steps', stepIndex: Math.max(0, stepCount - 1) };
      return { ...session, stepIndex: Math.max(0, session.stepIndex - 1), handoverItemId: null };
    case 'finish':
      return { ...session, phase: 'outcome', handoverItemId: null };
    case 'handover':
      return { ...session, handoverItemId: action.itemId };
  }
}
