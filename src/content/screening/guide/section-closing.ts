/** Section 5: what she wants, how to reach her safely, notes. */
import type { WomanTexts } from '../woman-text.ts';
import { choiceQuestion, note, question, SAFE_AND_AGREED, type SectionInput, t } from './helpers.ts';

export function closingSection(w: WomanTexts): SectionInput {
  return {
    id: 'closing',
    title: t('Conclure', 'Close'),
    steps: [
      {
        id: 'her-choice',
        title: t('Ce qu\'elle souhaite', 'What she wants'),
        intro: t(
          "C'est elle qui décide. Présentez les possibilités, y compris celle de ne rien faire maintenant, et respectez son rythme. Si vous voyez un danger grave, dites-le-lui clairement, sans décider à sa place.",
          'She decides. Present the options, including doing nothing for now, and respect her pace. If you see serious danger, tell her clearly, without deciding for her.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          choiceQuestion(w, 'wish', {
            prompt: t("Ce qui l'aiderait le plus maintenant.", 'What would help her most right now.'),
            options: [
              { id: 'information', label: t('De l\'information sur ses droits et les ressources', 'Information about her rights and resources') },
              { id: 'talk-to-specialist', label: t('Parler à une intervenante spécialisée', 'Talk with a specialised worker') },
              { id: 'safe-place', label: t('Un endroit sûr où dormir', 'A safe place to stay') },
              { id: 'legal-advice', label: t('Des conseils juridiques', 'Legal advice') },
              { id: 'not-now', label: t("Rien pour l'instant", 'Nothing for now') },
            ],
          }),
          question(w, 'safe-contact', {
            prompt: t('Peut-on l\'appeler ou lui écrire sans danger ?', 'Can she be called or messaged safely?'),
          }),
        ],
      },
      {
        id: 'notes',
        title: t('Notes', 'Notes'),
        items: [
          note('notes', {
            prompt: t(
              'Notes (gardées seulement si vous enregistrez ce repérage dans un dossier)',
              'Notes (kept only if you save this screening in a case)',
            ),
            guidance: t(
              "N'écrivez ni son nom, ni une adresse, ni un détail qui permettrait de la reconnaître.",
              'Write neither her name, nor an address, nor any detail that would identify her.',
            ),
          }),
        ],
      },
    ],
  };
}
