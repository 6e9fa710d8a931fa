/** Section 5: what she wants, how to reach her safely, notes. */
import type { WomanTexts } from '../woman-text.ts';
import { choiceQuestion, note, question, SAFE_AND_AGREED, type SectionInput, text } from './helpers.ts';

export function closingSection(w: WomanTexts): SectionInput {
  return {
    id: 'closing',
    title: text('Conclure', 'Close'),
    steps: [
      {
        id: 'her-choice',
        title: text('Ce qu\'elle souhaite', 'What she wants'),
        intro: text(
          "C'est elle qui décide. Présentez les possibilités, y compris celle de ne rien faire maintenant, et respectez son rythme. Si vous voyez un danger grave, dites-le-lui clairement, sans décider à sa place.",
          'She decides. Present the options, including doing nothing for now, and respect her pace. If you see serious danger, tell her clearly, without deciding for her.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          choiceQuestion(w, 'wish', {
            prompt: text("Ce qui l'aiderait le plus maintenant.", 'What would help her most right now.'),
            options: [
              { id: 'information', label: text('De l\'information sur ses droits et les ressources', 'Information about her rights and resources') },
              { id: 'talk-to-specialist', label: text('Parler à une intervenante spécialisée', 'Talk with a specialised worker') },
              { id: 'safe-place', label: text('Un endroit sûr où dormir', 'A safe place to stay') },
              { id: 'legal-advice', label: text('Des conseils juridiques', 'Legal advice') },
              { id: 'not-now', label: text("Rien pour l'instant", 'Nothing for now') },
            ],
          }),
          question(w, 'safe-contact', {
            prompt: text('Peut-on l\'appeler ou lui écrire sans danger ?', 'Can she be called or messaged safely?'),
          }),
        ],
      },
      {
        id: 'notes',
        title: text('Notes', 'Notes'),
        items: [
          note('notes', {
            prompt: text(
              'Notes (gardées seulement si vous enregistrez ce repérage dans un dossier)',
              'Notes (kept only if you save this screening in a case)',
            ),
            guidance: text(
              "N'écrivez ni son nom, ni une adresse, ni un détail qui permettrait de la reconnaître.",
              'Write neither her name, nor an address, nor any detail that would identify her.',
            ),
          }),
        ],
      },
    ],
  };
}
