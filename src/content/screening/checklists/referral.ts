/** The referring intervenor's checklist (immigration sector → violence sector). */
import { type ChecklistInput, item, text } from './helpers.ts';

export const REFERRAL: ChecklistInput = {
  slug: 'referral',
  revision: 1,
  stage: 'referral',
  sector: 'immigration',
  title: text('Référence : orienter vers la bonne ressource', 'Referral: connect her with the right resource'),
  purpose: text(
    "Pour l'intervenante en immigration qui réfère : choisir la ressource avec elle, faire le lien et rester présente sans se substituer à la ressource spécialisée.",
    'For the immigration-sector intervenor who refers: choose the resource with her, make the connection, and stay present without taking the specialised resource\'s place.',
  ),
  groups: [
    {
      id: 'consent',
      title: text('Son accord', 'Her consent'),
      items: [
        item('agrees-to-referral', text(
          'Elle accepte d\'être référée et sait à quelle ressource, et pourquoi.',
          'She agrees to be referred and knows to which resource, and why.',
        )),
        item('what-is-shared', text(
          'Elle a choisi ce qui peut être dit à la ressource, et ce qui ne doit pas l\'être.',
          'She chose what may be told to the resource, and what must not be.',
        )),
        item('who-contacts', text(
          'Elle sait qui la contactera, comment et quand.',
          'She knows who will contact her, how and when.',
        )),
      ],
    },
    {
      id: 'choose',
      title: text('Choisir la ressource', 'Choose the resource'),
      items: [
        item('service-type', text(
          'Le type de service suit le résultat du repérage : maison d\'aide et d\'hébergement (hébergement ou services externes), CALACS, CAVAC, aide juridique…',
          'The type of service follows the screening outcome: women\'s shelter (shelter or external services), sexual-assault centre, crime-victim assistance, legal help…',
        )),
        item('fit', text(
          'Langue parlée ou interprétation adaptée à la violence ; accessibilité ; accueil des enfants ; aucune exigence de statut.',
          'Language spoken or interpretation adapted to violence; accessibility; children welcome; no status required.',
        )),
        item('distance', text(
          "Si les ressources sont loin : services à distance, transport, ou place dans une autre région trouvée par SOS violence conjugale.",
          'If resources are far: remote services, transport, or a place in another region found by SOS violence conjugale.',
        )),
      ],
    },
    {
      id: 'connect',
      title: text('Faire le lien', 'Make the connection'),
      items: [
        item('call-together', text(
          "Appeler la ressource avec elle, depuis votre bureau, plutôt que de lui donner seulement un numéro.",
          'Call the resource with her, from your office, rather than only giving her a number.',
        )),
        item('summary-ticked-fields', text(
          "Transmettre seulement ce qu'elle a accepté : un résumé avec les seuls champs cochés, sans son nom si possible.",
          'Pass on only what she agreed to: a summary with only the ticked fields, without her name if possible.',
        )),
        item('language-and-interpreter', text(
          'Préciser sa langue, son besoin d\'interprète et l\'accord qu\'elle a donné sur l\'interprète.',
          'State her language, her need for an interpreter, and the approval she gave for the interpreter.',
        )),
        item('safe-transport', text(
          'En danger immédiat : l\'accompagner ou organiser un transport sûr ; ne pas la laisser repartir seule vers le danger sans plan.',
          'In immediate danger: go with her or arrange safe transport; do not let her go back to danger alone without a plan.',
        )),
      ],
    },
    {
      id: 'coordination',
      title: text('Coordination', 'Coordination'),
      items: [
        item('who-coordinates', text(
          'Convenir avec la ressource de qui coordonne, et de la façon de se tenir informées en respectant la confidentialité.',
          'Agree with the resource on who coordinates, and how you keep each other informed while respecting confidentiality.',
        )),
        item('follow-up-date', text('Noter une date de suivi (Mes suivis).', 'Set a follow-up date (My follow-ups).')),
        item('keep-supporting', text(
          "Poursuivre l'accompagnement en immigration (statut, francisation, emploi) : la référence ne met pas fin à votre lien.",
          'Keep supporting her in immigration matters (status, French classes, work): the referral does not end your bond.',
        )),
      ],
    },
  ],
};
