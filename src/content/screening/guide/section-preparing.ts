/** Section 1: a safe moment, her language and interpreter, her consent. Nothing is asked about violence before. */
import type { WomanTexts } from '../woman-text.ts';
import { observation, observationChoice, question, type SectionInput, text } from './helpers.ts';

export function preparingSection(w: WomanTexts): SectionInput {
  return {
    id: 'preparing',
    title: text('Préparer la conversation', 'Prepare the conversation'),
    steps: [
      {
        id: 'safe-moment',
        title: text('Un moment sûr pour parler', 'A safe moment to talk'),
        intro: text(
          "Ne posez aucune question sur la violence devant son conjoint, un membre de sa famille, un enfant en âge de comprendre ou une personne de sa communauté. Si ce n'est pas possible aujourd'hui, proposez un autre moment avec un motif neutre (un suivi, un formulaire à remplir).",
          'Never ask about violence in front of her partner, a family member, a child old enough to understand, or someone from her community. If that is not possible today, offer another moment with a neutral reason (a follow-up, a form to fill in).',
        ),
        items: [
          observation('alone', {
            prompt: text(
              'Elle est seule avec vous, dans un lieu où personne ne peut entendre.',
              'She is alone with you, somewhere no one can overhear.',
            ),
            guidance: text(
              'Au téléphone, demandez-lui si elle peut parler librement et convenez d\'un mot pour couper court si quelqu\'un arrive.',
              'On the phone, ask whether she can talk freely, and agree on a word to end the call if someone comes in.',
            ),
          }),
          observation('someone-answers', {
            prompt: text(
              "La personne qui l'accompagne répond à sa place, la surveille ou garde ses documents.",
              'The person with her answers for her, watches her, or holds her documents.',
            ),
            guidance: text(
              'Un signe de contrôle à noter, sans le faire remarquer à personne.',
              'A sign of control to note, without pointing it out to anyone.',
            ),
            raises: [{ indicator: 'observed-control', when: ['yes'] }],
          }),
        ],
      },
      {
        id: 'language',
        title: text('Langue et interprète', 'Language and interpreter'),
        intro: text(
          "Elle choisit sa langue. Une interprète professionnelle, idéalement formée aux situations de violence, vaut mieux qu'un proche : jamais son conjoint, un enfant ou un membre de sa famille.",
          'She chooses her language. A professional interpreter, ideally trained for situations of violence, is better than someone close to her: never her partner, a child or a family member.',
        ),
        showIf: { answer: 'alone', in: ['yes'] },
        items: [
          observationChoice('interpretation', {
            prompt: text('Interprétation', 'Interpretation'),
            options: [
              { id: 'not-needed', label: text('Pas nécessaire : nous nous comprenons bien', 'Not needed: we understand each other well') },
              {
                id: 'interpreter',
                label: text('Une interprète est présente ou au téléphone', 'An interpreter is present or on the phone'),
                raises: ['language-barrier'],
              },
              {
                id: 'none-available',
                label: text(
                  'Aucune interprète disponible : échanges simples avec la vue « Montrer à elle »',
                  'No interpreter available: simple exchanges with the “Show her” view',
                ),
                raises: ['language-barrier'],
              },
            ],
          }),
        ],
      },
      {
        id: 'interpreter-consent',
        title: text("Son accord sur l'interprète", 'Her approval of the interpreter'),
        intro: text(
          "Avant de dire son nom ou sa situation à une interprète, vérifiez qu'elle ne la connaît pas et qu'elle l'accepte. L'interprète ou une personne de la communauté peut connaître sa famille.",
          'Before you share her name or her situation with an interpreter, check that she does not know them and that she accepts them. The interpreter or a community member may know her family.',
        ),
        showIf: { answer: 'interpretation', in: ['interpreter'] },
        items: [
          question(w, 'interpreter-approved', {
            prompt: text('Demandez-lui si elle accepte cette interprète.', 'Ask her whether she accepts this interpreter.'),
            guidance: text(
              "Si elle hésite ou refuse, changez d'interprète ou remettez la conversation. Son accord passe avant le guide, sauf danger immédiat.",
              'If she hesitates or refuses, change interpreters or postpone. Her approval comes before the guide, except in immediate danger.',
            ),
          }),
          question(w, 'interpreter-known', {
            prompt: text("Demandez-lui si elle connaît l'interprète ou son entourage.", 'Ask her whether she knows the interpreter or their circle.'),
          }),
        ],
      },
      {
        id: 'consent',
        title: text('Son accord et la confidentialité', 'Her consent and confidentiality'),
        intro: text(
          'Expliquez ce qui reste confidentiel et les limites de la confidentialité, dont votre devoir de signaler à la DPJ quand la sécurité ou le développement d\'un enfant peut être compromis. Dites-lui qu\'elle peut ne pas répondre et arrêter quand elle veut.',
          'Explain what stays confidential and its limits, including your duty to report to youth protection (DPJ) when a child\'s safety or development may be compromised. Tell her she may skip any question and stop whenever she wants.',
        ),
        showIf: { answer: 'alone', in: ['yes'] },
        items: [
          observation('confidentiality-explained', {
            prompt: text('J\'ai expliqué la confidentialité et ses limites.', 'I explained confidentiality and its limits.'),
          }),
          question(w, 'consent-to-talk', {
            prompt: text('Demandez-lui si elle accepte de parler de la vie à la maison.', 'Ask her whether she agrees to talk about life at home.'),
            guidance: text(
              "Un « non » ou une hésitation se respecte : le guide s'arrête ici et la porte reste ouverte.",
              'A “no” or a hesitation is respected: the guide stops here and the door stays open.',
            ),
          }),
        ],
      },
    ],
  };
}
