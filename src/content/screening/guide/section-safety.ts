/** Section 3: danger today, then the signs associated with the most serious violence. */
import type { WomanTexts } from '../woman-text.ts';
import { onYes, question, SAFE_AND_AGREED, type SectionInput, text } from './helpers.ts';

export function safetySection(w: WomanTexts): SectionInput {
  return {
    id: 'safety',
    title: text('Sécurité maintenant', 'Safety now'),
    steps: [
      {
        id: 'today',
        title: text("Aujourd'hui", 'Today'),
        intro: text(
          "Si elle est en danger maintenant, arrêtez le guide : appelez le 911, avec elle si possible, ou SOS violence conjugale pour trouver une place en maison d'hébergement aujourd'hui.",
          'If she is in danger now, stop the guide: call 911, with her if possible, or SOS violence conjugale to find a shelter place today.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          question(w, 'afraid-to-go-home', {
            prompt: text("Peur de rentrer chez elle aujourd'hui.", 'Afraid to go home today.'),
            raises: onYes('afraid-to-go-home'),
          }),
          question(w, 'person-nearby', {
            prompt: text('La personne qui lui fait du mal est proche ou l\'attend.', 'The person who hurts her is nearby or waiting for her.'),
            raises: onYes('person-nearby'),
          }),
          question(w, 'hurt-now', {
            prompt: text('Blessée, ou besoin de soins maintenant.', 'Hurt, or needs care now.'),
            raises: onYes('injured'),
          }),
        ],
      },
      {
        id: 'serious-signs',
        title: text('Signes de danger grave', 'Signs of serious danger'),
        intro: text(
          "Ces signes sont associés aux violences les plus graves. Ils ne prédisent rien avec certitude : ils vous disent d'agir vite et de consulter une ressource spécialisée.",
          'These signs are associated with the most serious violence. They predict nothing with certainty: they tell you to act quickly and to consult a specialised resource.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          question(w, 'neck', {
            prompt: text('Étranglement, ou respiration empêchée.', 'Strangled, or breathing stopped.'),
            guidance: text(
              'Même sans marque visible, c\'est un signe de danger grave. Proposez-lui de consulter : 811 (option 1, Info-Santé) ou un médecin.',
              'Even without a visible mark, this is a sign of serious danger. Suggest a medical check: 811 (option 1, Info-Santé) or a doctor.',
            ),
            raises: onYes('strangulation'),
          }),
          question(w, 'weapon', {
            prompt: text('Accès à une arme.', 'Access to a weapon.'),
            raises: onYes('weapon'),
          }),
          question(w, 'threats-to-kill', {
            prompt: text('Menaces de la tuer ou de tuer d\'autres personnes, ou menaces de suicide.', 'Threats to kill her or others, or threats of suicide.'),
            raises: onYes('death-threats'),
          }),
          question(w, 'could-kill', {
            prompt: text('Elle pense que cette personne pourrait la tuer.', 'She thinks this person could kill her.'),
            guidance: text(
              'Son propre jugement du danger compte : prenez-le au sérieux, qu\'elle réponde oui ou qu\'elle hésite.',
              'Her own sense of danger counts: take it seriously, whether she says yes or hesitates.',
            ),
            raises: [{ indicator: 'her-fear-for-life', when: ['yes', 'unsure'] }],
          }),
        ],
      },
      {
        id: 'changes',
        title: text('Ce qui a changé', 'What has changed'),
        showIf: SAFE_AND_AGREED,
        items: [
          question(w, 'getting-worse', {
            prompt: text('Violence plus fréquente ou plus grave ces dernières semaines.', 'Violence more frequent or more serious in recent weeks.'),
            raises: onYes('escalation'),
          }),
          question(w, 'leaving', {
            prompt: text('Séparation récente ou prévue.', 'Recent or planned separation.'),
            guidance: text(
              'La séparation est une période à risque : préparez la sécurité avant le départ, pas après.',
              'Separation is a time of higher risk: plan for safety before she leaves, not after.',
            ),
            raises: onYes('separation'),
          }),
          question(w, 'followed', {
            prompt: text('Filature, surveillance ou localisation.', 'Followed, watched or located.'),
            guidance: text(
              'Pensez à la sécurité numérique : téléphone, comptes, localisation partagée. Ce qu\'elle consulte sur son téléphone peut être vu.',
              'Think of digital safety: phone, accounts, shared location. What she looks at on her phone may be seen.',
            ),
            raises: onYes('stalking'),
          }),
          question(w, 'pregnant', {
            prompt: text('Enceinte, ou bébé de moins d\'un an.', 'Pregnant, or a baby under one year old.'),
            raises: onYes('pregnancy'),
          }),
        ],
      },
    ],
  };
}
