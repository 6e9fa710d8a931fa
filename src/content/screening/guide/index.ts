/**
 * The screening conversation guide for immigration-sector intervenors. Original wording:
 * the Danger Assessment, DA-I, WAST and HITS informed only its structure (yes/no items on
 * signs of serious danger, immigration-specific items, a short opening on life at home).
 */
import type { z } from 'zod';
import type { guideDataSchema } from '../../../shared/kinds/guide.ts';
import { womanTexts, type WomanTexts } from '../woman-text.ts';
import { text } from './helpers.ts';
import { INDICATORS } from './indicators.ts';
import { ADD_RULES } from './rules-additions.ts';
import { PATH_RULES } from './rules.ts';
import { closingSection } from './section-closing.ts';
import { homeSection } from './section-home.ts';
import { immigrationSection } from './section-immigration.ts';
import { preparingSection } from './section-preparing.ts';
import { safetySection } from './section-safety.ts';

export type GuideInput = z.input<typeof guideDataSchema>;

/** Raise it whenever the guide's content changes; cases keep the revision they were started with. */
export const SCREENING_GUIDE_REVISION = 1;

const WOMAN_PHRASES = ['intro', 'yes', 'no', 'unsure', 'skip', 'listen', 'answered'];

export function screeningGuide(w: WomanTexts = womanTexts()): GuideInput {
  return {
    slug: 'screening-conversation',
    revision: SCREENING_GUIDE_REVISION,
    title: text('Guide de conversation pour le repérage', 'Screening conversation guide'),
    summary: text(
      "Pour les intervenantes des organismes en immigration : une conversation structurée pour repérer des signes de violence et de danger, tenir compte des facteurs liés à l'immigration et proposer la bonne ressource.",
      'For intervenors in immigrant-serving organisations: a structured conversation to notice signs of violence and danger, take the immigration-specific factors into account, and offer the right resource.',
    ),
    disclaimer: text(
      "Ce guide soutient votre jugement professionnel ; il ne le remplace pas. Ce n'est pas un outil validé de mesure du risque et il ne donne aucun score : il vous aide à ne rien oublier et à proposer un chemin. En cas de doute sur le danger, consultez SOS violence conjugale (1 800 363-9010, 24 h sur 24).",
      'This guide supports your professional judgment; it does not replace it. It is not a validated risk assessment tool and gives no score: it helps you miss nothing and propose a path. When unsure about danger, consult SOS violence conjugale (1 800 363-9010, 24/7).',
    ),
    womanLanguages: w.languages,
    womanPhrases: Object.fromEntries(WOMAN_PHRASES.map((key) => [key, w.phrase(key)])),
    sections: [preparingSection(w), homeSection(w), safetySection(w), immigrationSection(w), closingSection(w)],
    indicators: INDICATORS,
    rules: [...PATH_RULES, ...ADD_RULES],
  };
}
