/** Section 2: life at home, in open questions first, then what happens. */
import type { WomanTexts } from '../woman-text.ts';
import { choiceQuestion, onYes, question, SAFE_AND_AGREED, type SectionInput, text } from './helpers.ts';

export function homeSection(w: WomanTexts): SectionInput {
  return {
    id: 'home',
    title: text('La vie à la maison', 'Life at home'),
    steps: [
      {
        id: 'at-home',
        title: text('Comment ça se passe à la maison', 'How things are at home'),
        intro: text(
          'Commencez par des questions ouvertes. Écoutez ses mots à elle : elle ne nommera peut-être pas la violence comme vous.',
          'Start with open questions. Listen to her own words: she may not name violence the way you do.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          choiceQuestion(w, 'home-feeling', {
            prompt: text('Comment elle se sent à la maison, la plupart du temps.', 'How she feels at home, most of the time.'),
            options: [
              { id: 'calm', label: text('Bien, en sécurité', 'Fine, safe') },
              { id: 'tense', label: text('Parfois tendue ou mal à l\'aise', 'Sometimes tense or uneasy') },
              { id: 'afraid', label: text('Souvent inquiète ou effrayée', 'Often worried or afraid'), raises: ['fear'] },
            ],
          }),
          question(w, 'afraid-of-someone', {
            prompt: text('Quelqu\'un chez elle ou dans sa famille lui fait-il peur ?', 'Is someone at home or in her family making her afraid?'),
            raises: onYes('fear'),
          }),
        ],
      },
      {
        id: 'what-happens',
        title: text('Ce qui se passe', 'What happens'),
        intro: text(
          "Posez ces questions une à une, sans insister. Un « non » est une réponse complète. Ne demandez ni détails ni preuves : ce n'est pas une enquête.",
          'Ask these questions one at a time, without insisting. A “no” is a complete answer. Ask for no details and no proof: this is not an investigation.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          question(w, 'put-down', {
            prompt: text('Insultes, cris, humiliations.', 'Insults, shouting, humiliation.'),
            raises: onYes('psychological'),
          }),
          question(w, 'controls-life', {
            prompt: text('Contrôle de ses sorties, de ses relations ou de son téléphone.', 'Control of where she goes, who she sees, or her phone.'),
            raises: onYes('coercive-control'),
          }),
          question(w, 'money', {
            prompt: text("Contrôle de l'argent, de la carte bancaire ou du travail.", 'Control of money, bank card or work.'),
            raises: onYes('financial-control'),
          }),
          question(w, 'physical', {
            prompt: text('Violence physique.', 'Physical violence.'),
            raises: onYes('physical-violence'),
          }),
          question(w, 'sexual', {
            prompt: text('Violence sexuelle, y compris dans le couple.', 'Sexual violence, including by a partner.'),
            guidance: text(
              'Le consentement compte aussi dans le mariage. Si elle répond, remerciez-la de sa confiance, sans demander de détails.',
              'Consent matters in marriage too. If she answers, thank her for her trust, without asking for details.',
            ),
            raises: onYes('sexual-violence'),
          }),
        ],
      },
    ],
  };
}
