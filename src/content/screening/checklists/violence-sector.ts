/** Checklists carried by the violence sector: receiving and coordinating, shelter, external services. */
import { type ChecklistInput, item, text } from './helpers.ts';

export const RECEIVING: ChecklistInput = {
  slug: 'receiving-and-coordinating',
  revision: 1,
  stage: 'adapted-intervention',
  sector: 'violence',
  title: text("Accueil et coordination avec l'intervenante qui réfère", 'Receiving her and coordinating with the referring worker'),
  purpose: text(
    'Pour la ressource spécialisée qui reçoit une femme référée par un organisme en immigration : l\'accueillir, adapter l\'intervention et coordonner sans briser la confidentialité.',
    'For the specialised resource receiving a woman referred by an immigrant-serving organisation: welcome her, adapt the intervention, and coordinate without breaking confidentiality.',
  ),
  groups: [
    {
      id: 'welcome',
      title: text('Accueillir', 'Welcome'),
      items: [
        item('language', text(
          'Offrir le service dans sa langue ou avec une interprète qu\'elle approuve, formée à la violence si possible.',
          'Offer the service in her language or with an interpreter she approves, trained for violence if possible.',
        )),
        item('consent-sharing', text(
          "Lui redemander son accord sur ce qui est partagé avec l'intervenante qui l'a référée.",
          'Ask her again what may be shared with the intervenor who referred her.',
        )),
        item('safety-plan', text(
          'Évaluer le danger avec elle et faire un plan de sécurité adapté à sa situation (statut, enfants, famille, communauté).',
          'Assess danger with her and make a safety plan fitted to her situation (status, children, family, community).',
        )),
      ],
    },
    {
      id: 'adapt',
      title: text("Adapter l'intervention", 'Adapt the intervention'),
      items: [
        item('her-priorities', text(
          "Partir de ce qu'elle nomme et de ses priorités ; ne pas imposer une définition de la violence ni une démarche.",
          'Start from what she names and her priorities; impose neither a definition of violence nor a course of action.',
        )),
        item('migration-path', text(
          'Tenir compte du parcours migratoire : statut, parrainage, papiers, langue, isolement, pression de la famille ou de la communauté.',
          'Take her migration path into account: status, sponsorship, papers, language, isolation, family or community pressure.',
        )),
        item('legal-before-steps', text(
          'Orienter vers un conseil juridique en immigration avant toute démarche qui pourrait toucher son statut.',
          'Refer her to immigration legal advice before any step that could affect her status.',
        )),
        item('children', text(
          'Voir les besoins des enfants et expliquer honnêtement le rôle de la DPJ.',
          'Look at the children\'s needs and explain the role of youth protection honestly.',
        )),
      ],
    },
    {
      id: 'coordinate',
      title: text('Coordonner', 'Coordinate'),
      items: [
        item('confirm-link', text(
          "Confirmer à l'intervenante qui réfère que le lien est fait (sans détails, si elle n'a pas consenti à plus).",
          'Confirm to the referring intervenor that the connection is made (no details, unless she consented to more).',
        )),
        item('who-does-what', text(
          "Convenir de qui fait quoi : sécurité et intervention (ressource spécialisée), statut et intégration (organisme en immigration).",
          'Agree on who does what: safety and intervention (specialised resource), status and settlement (immigrant-serving organisation).',
        )),
        item('safe-contact', text(
          'Garder contact avec elle par le moyen sûr qu\'elle a choisi ; jamais par sa famille ou sa communauté.',
          'Keep in touch with her through the safe way she chose; never through her family or community.',
        )),
        item('next-contact', text(
          'Fixer le prochain échange entre intervenantes.',
          'Set the next exchange between intervenors.',
        )),
      ],
    },
  ],
};

export const SHELTER: ChecklistInput = {
  slug: 'shelter',
  revision: 1,
  stage: 'shelter-or-external-services',
  sector: 'violence',
  title: text('Hébergement', 'Shelter'),
  purpose: text(
    "Pour la maison d'aide et d'hébergement (courte durée) ou la maison de 2e étape (séjours jusqu'à 2 ans) : un séjour sûr et adapté.",
    'For the women\'s shelter (short stay) or second-stage housing (stays up to 2 years): a safe, adapted stay.',
  ),
  groups: [
    {
      id: 'arrival',
      title: text('Arrivée', 'Arrival'),
      items: [
        item('welcome-language', text(
          "L'accueillir dans sa langue ou avec une interprète qu'elle approuve ; expliquer simplement les règles de vie, par écrit dans sa langue si possible.",
          'Welcome her in her language or with an interpreter she approves; explain the house rules simply, in writing in her language if possible.',
        )),
        item('address-secret', text(
          "Rappeler que l'adresse est confidentielle, y compris pour ses proches et sa communauté.",
          'Remind her that the address is confidential, including from people close to her and her community.',
        )),
        item('immediate-needs', text(
          'Besoins immédiats : soins, médicaments, besoins des enfants, pratiques alimentaires ou religieuses si elle en exprime.',
          'Immediate needs: care, medication, the children\'s needs, food or religious practices if she mentions any.',
        )),
      ],
    },
    {
      id: 'stay',
      title: text('Pendant le séjour', 'During the stay'),
      items: [
        item('safety-plan', text(
          'Revoir le plan de sécurité, y compris la sécurité numérique (téléphone, comptes, localisation).',
          'Review the safety plan, including digital safety (phone, accounts, location).',
        )),
        item('legal-immigration', text(
          "Accompagner les démarches juridiques et d'immigration, avec l'organisme en immigration qui a référé si elle le souhaite.",
          'Support legal and immigration steps, with the referring immigrant-serving organisation if she wishes.',
        )),
        item('group-access', text(
          'Rendre les activités et le soutien de groupe accessibles malgré la langue (interprète, pairs).',
          'Make activities and group support accessible despite language (interpreter, peers).',
        )),
        item('children', text(
          'Enfants : soutien, école, garde ; rôle de la DPJ expliqué si elle intervient.',
          'Children: support, school, childcare; the role of youth protection explained if it is involved.',
        )),
      ],
    },
    {
      id: 'leaving',
      title: text('Préparer la sortie', 'Prepare to leave'),
      items: [
        item('housing', text(
          'Logement : maison de 2e étape, logement social ou autre, selon ses choix.',
          'Housing: second-stage housing, social housing or other, as she chooses.',
        )),
        item('settlement-handover', text(
          "Revenu, papiers, francisation, emploi : relais vers l'organisme en immigration.",
          'Income, papers, French classes, work: hand over to the immigrant-serving organisation.',
        )),
        item('follow-up-plan', text(
          'Convenir avec elle du suivi post-hébergement : qui, comment, quand.',
          'Agree with her on post-shelter follow-up: who, how, when.',
        )),
      ],
    },
  ],
};

export const EXTERNAL_SERVICES: ChecklistInput = {
  slug: 'external-services',
  revision: 1,
  stage: 'shelter-or-external-services',
  sector: 'violence',
  title: text('Services externes', 'External services'),
  purpose: text(
    "Pour la ressource qui la soutient sans hébergement : rencontres, accompagnement, groupes, à distance quand les ressources sont loin.",
    'For the resource supporting her without a stay: meetings, accompaniment, groups, remotely when resources are far.',
  ),
  groups: [
    {
      id: 'access',
      title: text('Accès', 'Access'),
      items: [
        item('safe-meetings', text(
          'Rencontres à un moment et par un moyen sûrs pour elle (en personne, téléphone, vidéo).',
          'Meetings at a time and by a means that are safe for her (in person, phone, video).',
        )),
        item('hours-childcare', text(
          'Horaires adaptés (soir, fin de semaine) et garde des enfants si possible.',
          'Adapted hours (evening, weekend) and childcare if possible.',
        )),
        item('distance', text(
          'Transport ou services à distance quand la ressource est loin.',
          'Transport or remote services when the resource is far.',
        )),
      ],
    },
    {
      id: 'support',
      title: text('Soutien', 'Support'),
      items: [
        item('safety-plan', text('Revoir le plan de sécurité à chaque rencontre.', 'Review the safety plan at every meeting.')),
        item('accompaniment', text(
          'Accompagner les démarches : juridiques, immigration, santé, CAVAC, police si elle le choisit.',
          'Accompany her steps: legal, immigration, health, crime-victim assistance, police if she chooses.',
        )),
        item('groups', text(
          'Groupes de soutien accessibles dans sa langue ou avec interprète.',
          'Support groups accessible in her language or with an interpreter.',
        )),
      ],
    },
    {
      id: 'links',
      title: text('Liens', 'Links'),
      items: [
        item('coordination', text(
          "Coordonner avec l'organisme en immigration qui a référé, selon son accord.",
          'Coordinate with the referring immigrant-serving organisation, as she agreed.',
        )),
        item('reassess', text(
          'Réévaluer le danger quand la situation change (séparation, procédures, menaces) et proposer l\'hébergement au besoin.',
          'Reassess danger when things change (separation, proceedings, threats) and offer shelter when needed.',
        )),
      ],
    },
  ],
};
