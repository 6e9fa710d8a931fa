/**
 * Outcome rules of the screening guide. Path rules are tried in order (the first that holds
 * gives the path); every add rule that holds adds services and advice. Facts come from
 * CONTENT.md; anything a woman might act on without a source says "call to find out".
 */
import type { z } from 'zod';
import type { Condition, outcomeRuleSchema } from '../../../shared/kinds/guide.ts';
import { SCREENING_IDS } from '../ids.ts';
import { text } from './helpers.ts';
import { VIOLENCE_NAMED } from './indicators.ts';

type RuleInput = z.input<typeof outcomeRuleSchema>;
const checklists = SCREENING_IDS.checklists;
const violenceNamed: Condition = { any: VIOLENCE_NAMED.map((indicator) => ({ indicator })) };
const SOS = text(
  'SOS violence conjugale : 1 800 363-9010, 24 h sur 24, gratuit, anonyme et confidentiel ; trouve des places en maison d\'hébergement partout au Québec.',
  'SOS violence conjugale: 1 800 363-9010, 24/7, free, anonymous and confidential; finds shelter places anywhere in Québec.',
);

const PATH_RULES: RuleInput[] = [
  {
    id: 'not-safe-to-talk',
    mode: 'path',
    when: { answer: 'alone', in: ['no', 'unsure', 'not-asked'] },
    title: text('Conversation à reporter : elle n\'est pas seule', 'Postpone the conversation: she is not alone'),
    urgency: 'when-she-is-ready',
    advice: [
      text('Ne posez aucune question sur la violence en présence d\'une autre personne.', 'Ask nothing about violence while someone else is present.'),
      text('Proposez un autre rendez-vous, seule, avec un motif neutre.', 'Offer another appointment, alone, with a neutral reason.'),
      text(
        'Si vous avez observé des signes de contrôle, notez-les ; si vous pouvez le faire discrètement, assurez-vous qu\'elle connaît le 911 et SOS violence conjugale.',
        'If you saw signs of control, note them; if you can do so discreetly, make sure she knows 911 and SOS violence conjugale.',
      ),
    ],
    nextChecklistId: checklists.screening,
  },
  {
    id: 'not-now',
    mode: 'path',
    when: { answer: 'consent-to-talk', in: ['no', 'unsure', 'not-asked'] },
    title: text('Elle ne souhaite pas en parler maintenant', 'She does not want to talk about it now'),
    urgency: 'when-she-is-ready',
    serviceTypes: ['help-line'],
    advice: [
      text('Respectez son choix : c\'est une réponse, pas un échec.', 'Respect her choice: it is an answer, not a failure.'),
      text('Dites-lui que la porte reste ouverte et comment vous joindre.', 'Tell her the door stays open and how to reach you.'),
      text('Si c\'est sans danger pour elle, donnez-lui les numéros d\'aide.', 'If it is safe for her, give her the help numbers.'),
      SOS,
    ],
    nextChecklistId: checklists.prevention,
  },
  {
    id: 'immediate-danger',
    mode: 'path',
    when: { category: 'immediate-danger' },
    title: text('Danger immédiat : agir maintenant', 'Immediate danger: act now'),
    urgency: 'immediate',
    serviceTypes: ['police', 'emergency-shelter', 'help-line'],
    advice: [
      text('Si elle ou quelqu\'un d\'autre est en danger maintenant : 911, avec son accord si possible.', 'If she or anyone else is in danger now: 911, with her agreement if possible.'),
      text(
        'Appelez SOS violence conjugale avec elle pour trouver une place en maison d\'hébergement aujourd\'hui, dans sa région ou ailleurs.',
        'Call SOS violence conjugale with her to find a shelter place today, in her region or elsewhere.',
      ),
      text(
        'Ne la laissez pas repartir seule vers le danger sans plan : qui appeler, où aller, quoi emporter (papiers, médicaments, argent, téléphone).',
        'Do not let her go back to danger alone without a plan: who to call, where to go, what to take (papers, medication, money, phone).',
      ),
      text('Dites à la ressource qui l\'accueille sa langue et son besoin d\'interprète.', 'Tell the receiving resource her language and her need for an interpreter.'),
      SOS,
    ],
    nextChecklistId: checklists.referral,
  },
  {
    id: 'high-risk',
    mode: 'path',
    when: {
      any: [
        { category: 'high-risk' },
        { all: [{ any: [{ factor: 'pregnancy' }, { factor: 'recent-arrival' }] }, violenceNamed] },
      ],
    },
    title: text('Risque élevé : référer rapidement', 'High risk: refer quickly'),
    urgency: 'within-24-hours',
    serviceTypes: ['emergency-shelter', 'help-line', 'crime-victim-assistance'],
    advice: [
      text('Dites-lui clairement ce qui vous inquiète, et que la décision lui appartient.', 'Tell her clearly what worries you, and that the decision is hers.'),
      text(
        'Avec son accord, contactez dans les 24 heures une maison d\'aide et d\'hébergement (hébergement ou services externes) ou SOS violence conjugale.',
        'With her agreement, within 24 hours, contact a women\'s shelter (shelter or external services) or SOS violence conjugale.',
      ),
      text(
        'Faites avec elle un plan de sécurité : comment appeler à l\'aide, où aller, quels papiers mettre à l\'abri.',
        'Make a safety plan with her: how to call for help, where to go, which papers to put somewhere safe.',
      ),
      text('Convenez avec la ressource de qui coordonne et de la façon de rester en contact.', 'Agree with the resource on who coordinates and how you stay in touch.'),
    ],
    nextChecklistId: checklists.referral,
  },
  {
    id: 'violence-named',
    mode: 'path',
    when: violenceNamed,
    title: text('Signes de violence : proposer une ressource spécialisée', 'Signs of violence: offer a specialised resource'),
    urgency: 'within-a-week',
    serviceTypes: ['emergency-shelter', 'help-line'],
    advice: [
      text(
        'Nommez ce qu\'elle vit sans étiquette qu\'elle pourrait rejeter : « Ce que vous décrivez n\'est pas acceptable, et ce n\'est pas de votre faute. »',
        'Name what she lives without a label she may reject: “What you describe is not acceptable, and it is not your fault.”',
      ),
      text(
        'Présentez les services externes des maisons d\'aide et d\'hébergement : du soutien sans y habiter.',
        'Present the external services of women\'s shelters: support without living there.',
      ),
      text('Avec son accord, faites la référence et convenez de qui coordonne.', 'With her agreement, make the referral and agree on who coordinates.'),
    ],
    nextChecklistId: checklists.referral,
  },
  {
    id: 'vulnerability',
    mode: 'path',
    when: { category: 'concern' },
    title: text('Facteurs de vulnérabilité, sans violence nommée', 'Vulnerability factors, no violence named'),
    urgency: 'when-she-is-ready',
    serviceTypes: ['bridge-organization'],
    advice: [
      text('Poursuivez l\'accompagnement et informez-la de ses droits.', 'Keep supporting her and inform her of her rights.'),
      text('Dites-lui, sans insister, que vous pouvez parler de sa sécurité quand elle le voudra.', 'Tell her, without pressing, that you can talk about her safety whenever she wants.'),
    ],
    nextChecklistId: checklists.prevention,
  },
  {
    id: 'nothing-named',
    mode: 'path',
    when: { always: true },
    title: text('Aucun signe nommé aujourd\'hui', 'No sign named today'),
    urgency: 'when-she-is-ready',
    advice: [
      text(
        'Un repérage sans signe ne veut pas dire qu\'il n\'y a pas de violence : la confiance se construit.',
        'A screening with no sign does not mean there is no violence: trust takes time.',
      ),
      text('Laissez la porte ouverte et informez-la de façon générale sur ses droits et les ressources.', 'Leave the door open and inform her generally about her rights and resources.'),
    ],
    nextChecklistId: checklists.prevention,
  },
];

export { PATH_RULES };
