/** The checklist both sectors share after the stay. */
import { type ChecklistInput, item, text } from './helpers.ts';

export const POST_SHELTER: ChecklistInput = {
  slug: 'post-shelter-follow-up',
  revision: 1,
  stage: 'post-shelter-follow-up',
  sector: 'both',
  title: text('Suivi post-hébergement', 'Post-shelter follow-up'),
  purpose: text(
    'Pour les deux secteurs après le séjour : garder le lien, consolider sa sécurité et son autonomie, à son rythme.',
    'For both sectors after the stay: keep in touch, strengthen her safety and independence, at her pace.',
  ),
  groups: [
    {
      id: 'plan',
      title: text('Plan de suivi', 'Follow-up plan'),
      items: [
        item('who-follows', text(
          "Qui fait le suivi : la ressource spécialisée, l'organisme en immigration, ou les deux, avec son accord.",
          'Who follows up: the specialised resource, the immigrant-serving organisation, or both, with her agreement.',
        )),
        item('contact-means', text(
          'Moyen de contact sûr et fréquence convenus avec elle.',
          'A safe means of contact and a frequency agreed with her.',
        )),
        item('dates', text('Dates de suivi notées (Mes suivis).', 'Follow-up dates set (My follow-ups).')),
      ],
    },
    {
      id: 'safety',
      title: text('Sécurité', 'Safety'),
      items: [
        item('new-home', text(
          'Plan de sécurité mis à jour pour le nouveau logement et les trajets (école, travail).',
          'Safety plan updated for the new home and daily routes (school, work).',
        )),
        item('proceedings', text(
          'Suivi des procédures (garde, immigration, criminel) et accompagnement aux audiences si elle le souhaite.',
          'Follow the proceedings (custody, immigration, criminal) and accompany her to hearings if she wishes.',
        )),
      ],
    },
    {
      id: 'independence',
      title: text('Autonomie', 'Independence'),
      items: [
        item('settlement', text(
          "Francisation, emploi, revenu, logement : relais actifs avec l'organisme en immigration.",
          'French classes, work, income, housing: active links with the immigrant-serving organisation.',
        )),
        item('network', text(
          'Un réseau : groupes, activités, personnes de confiance, pour rompre l\'isolement.',
          'A network: groups, activities, trusted people, to break isolation.',
        )),
        item('end-together', text(
          'Mettre fin au suivi avec elle ; la porte reste ouverte.',
          'End the follow-up together with her; the door stays open.',
        )),
      ],
    },
  ],
};
