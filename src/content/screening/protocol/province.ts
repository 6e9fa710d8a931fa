/**
 * The province-wide trajectory protocol, after the action plan's "unified intervention
 * trajectory": what each sector does at each stage and how the feminist, intercultural
 * and intersectional approaches apply there.
 */
import type { z } from 'zod';
import type { protocolDataSchema } from '../../../shared/kinds/protocol.ts';
import { text } from '../guide/helpers.ts';
import { SCREENING_IDS } from '../ids.ts';

export type ProtocolInput = z.input<typeof protocolDataSchema>;
const c = SCREENING_IDS.checklists;

export const PROVINCE_PROTOCOL: ProtocolInput = {
  slug: 'province',
  revision: 1,
  scope: 'province',
  title: text("Trajectoire unifiée d'intervention", 'Unified intervention trajectory'),
  summary: text(
    'Chaque secteur connaît ses responsabilités à chaque étape, et les deux secteurs se coordonnent autour de la femme, à son rythme et dans le respect de la confidentialité.',
    'Each sector knows its responsibilities at each stage, and both sectors coordinate around the woman, at her pace and respecting confidentiality.',
  ),
  agreedBy: text(
    "D'après le plan d'action « Modalités de collaboration et pratiques adaptées pour lutter contre la violence faite aux femmes immigrées et racisées » (secteur de l'immigration, RAFIQ et regroupements en violence).",
    'After the action plan “Ways of collaborating and adapted practices against violence toward immigrant and racialized women” (immigration sector, RAFIQ and the violence-sector networks).',
  ),
  stages: [
    {
      stage: 'prevention',
      summary: text(
        'Informer les femmes immigrées et racisées sur la violence, leurs droits et les ressources, sans exposer aucune d\'elles.',
        'Inform immigrant and racialized women about violence, their rights and resources, without exposing any of them.',
      ),
      immigrationSector: [
        text('Sensibiliser les femmes à la violence, aux agressions sexuelles et à leurs droits, dans leurs langues.', 'Raise women\'s awareness of violence, sexual assault and their rights, in their languages.'),
        text('Former les intervenantes à l\'approche féministe, à la violence et aux ressources, en adaptant le discours.', 'Train intervenors in the feminist approach, violence and resources, adapting how it is said.'),
      ],
      violenceSector: [
        text('Faire connaître ses services aux organismes en immigration et aux communautés, par des activités communes.', 'Make its services known to immigrant-serving organisations and communities, through joint activities.'),
        text(
          "Former ses équipes à l'approche interculturelle et aux parcours des femmes immigrées ; viser des équipes multilingues et diversifiées ; adapter les horaires.",
          'Train its teams in the intercultural approach and immigrant women\'s journeys; aim for multilingual, diverse teams; adapt opening hours.',
        ),
      ],
      approaches: {
        feminist: text(
          "Nommer la violence comme un rapport de pouvoir et non comme un conflit privé ; présenter l'égalité et les droits comme les siens.",
          'Name violence as a relation of power, not a private conflict; present equality and rights as hers.',
        ),
        intercultural: text(
          'Partir de ses repères, de sa langue et de ses mots ; travailler avec des personnes relais et des interprètes formées, sans supposer ce que sa culture ou sa religion permet.',
          'Start from her points of reference, her language and her words; work with community liaisons and trained interpreters, without assuming what her culture or religion allows.',
        ),
        intersectional: text(
          'Tenir compte de ce qui se cumule — statut, racisme, langue, pauvreté, handicap, âge — et rejoindre celles qu\'on rejoint le moins : isolées, sans statut, en région.',
          'Account for what adds up — status, racism, language, poverty, disability, age — and reach those least reached: isolated, without status, in the regions.',
        ),
      },
      checklistIds: [c.prevention],
    },
    {
      stage: 'screening',
      summary: text(
        'Repérer les signes de violence dans un moment sûr, avec son accord, et évaluer le danger sans enquêter.',
        'Notice signs of violence in a safe moment, with her consent, and assess danger without investigating.',
      ),
      immigrationSector: [
        text('Créer un moment sûr et confidentiel pour parler, avec une interprète qu\'elle approuve.', 'Create a safe, confidential moment to talk, with an interpreter she approves.'),
        text(
          "Repérer, avec le guide de conversation, les signes de danger immédiat, de risque élevé et de préoccupation, dont les facteurs liés à l'immigration.",
          'Use the conversation guide to notice signs of immediate danger, high risk and concern, including the immigration-specific factors.',
        ),
        text('Agir tout de suite en cas de danger immédiat (911, SOS violence conjugale).', 'Act at once in immediate danger (911, SOS violence conjugale).'),
      ],
      violenceSector: [
        text(
          'Soutenir les intervenantes en immigration qui repèrent : consultation, formations communes, outils partagés.',
          'Support immigration-sector intervenors who screen: consultation, joint training, shared tools.',
        ),
      ],
      approaches: {
        feminist: text('La croire, ne pas juger, respecter son rythme ; le danger se nomme avec elle, pas à sa place.', 'Believe her, do not judge, respect her pace; danger is named with her, not for her.'),
        intercultural: text(
          'Poser les questions dans sa langue, avec des mots simples ; vérifier que l\'interprète n\'appartient pas à son entourage.',
          'Ask in her language, in simple words; check that the interpreter is not from her circle.',
        ),
        intersectional: text(
          'Repérer les facteurs qui se cumulent — statut précaire, dépendance au parrain, isolement, enfants — et qui ferment ses portes de sortie.',
          'Notice the factors that add up — precarious status, dependence on a sponsor, isolation, children — and close her ways out.',
        ),
      },
      checklistIds: [c.screening],
    },
    {
      stage: 'referral',
      summary: text(
        'Orienter vers la ressource en violence qui lui convient, avec son accord, en faisant le lien plutôt qu\'en donnant un numéro.',
        'Refer her to the violence resource that fits her, with her consent, by making the connection rather than handing over a number.',
      ),
      immigrationSector: [
        text('Choisir la ressource avec elle : type de service, langue, interprétation adaptée, accessibilité, distance.', 'Choose the resource with her: type of service, language, adapted interpretation, accessibility, distance.'),
        text('Faire le lien avec la ressource et transmettre seulement ce qu\'elle accepte.', 'Connect her with the resource and pass on only what she agrees to.'),
        text("Rester l'intervenante de confiance pour l'immigration et l'intégration.", 'Remain her trusted intervenor for immigration and settlement.'),
      ],
      violenceSector: [
        text("Recevoir rapidement la référence et confirmer le lien à l'intervenante qui réfère.", 'Take the referral quickly and confirm the connection to the referring intervenor.'),
        text(
          'Convenir de la coordination et du moyen de rester en contact dans le respect de la confidentialité.',
          'Agree on coordination and on how to stay in touch while respecting confidentiality.',
        ),
      ],
      approaches: {
        feminist: text('La référence se fait avec elle, pas pour elle : elle choisit la ressource et ce qui est dit.', 'The referral is made with her, not for her: she chooses the resource and what is said.'),
        intercultural: text(
          "Préparer la ressource à l'accueillir : sa langue, l'interprète qu'elle approuve, ce qui compte pour elle.",
          'Prepare the resource to welcome her: her language, the interpreter she approves, what matters to her.',
        ),
        intersectional: text(
          'Choisir une ressource accessible pour elle : sans exigence de statut, qui accueille ses enfants, accessible physiquement, joignable depuis sa région.',
          'Choose a resource she can use: no status required, children welcome, physically accessible, reachable from her region.',
        ),
      },
      checklistIds: [c.referral],
    },
    {
      stage: 'adapted-intervention',
      summary: text(
        "Une intervention féministe adaptée, intégrant les approches féministe, interculturelle et intersectionnelle, coordonnée avec l'intervenante qui a référé.",
        'An adapted feminist intervention, bringing together the feminist, intercultural and intersectional approaches, coordinated with the referring intervenor.',
      ),
      immigrationSector: [
        text("Accompagner les démarches d'immigration, de francisation et d'intégration, en lien avec la ressource.", 'Support immigration, French-language and settlement steps, in touch with the resource.'),
        text('Garder contact avec elle selon l\'entente de confidentialité.', 'Keep in touch with her as agreed under confidentiality.'),
      ],
      violenceSector: [
        text('Accueillir, évaluer le danger et faire un plan de sécurité avec elle.', 'Welcome her, assess danger and make a safety plan with her.'),
        text('Adapter l\'intervention à son parcours migratoire et à ses priorités.', 'Adapt the intervention to her migration path and her priorities.'),
        text(
          "Coordonner avec l'intervenante en immigration qui a référé, en gardant contact avec elle, tout en respectant la confidentialité.",
          'Coordinate with the referring immigration-sector intervenor, keeping in touch with her, while respecting confidentiality.',
        ),
      ],
      approaches: {
        feminist: text('Reconnaître son pouvoir d\'agir ; travailler ses objectifs à elle, pas ceux de l\'équipe.', 'Recognise her power to act; work on her goals, not the team\'s.'),
        intercultural: text(
          'Comprendre le sens que la violence, la famille et la séparation ont pour elle ; discuter des malentendus plutôt que de conclure.',
          'Understand what violence, family and separation mean to her; talk through misunderstandings rather than conclude.',
        ),
        intersectional: text(
          'Agir aussi sur les barrières systémiques : statut, accès aux services, logement, racisme.',
          'Also act on systemic barriers: status, access to services, housing, racism.',
        ),
      },
      checklistIds: [c.receiving],
    },
    {
      stage: 'shelter-or-external-services',
      summary: text(
        "Hébergement de courte ou de longue durée, ou services externes sans hébergement, adaptés à sa langue et à sa situation.",
        'Short- or long-term shelter, or external services without a stay, adapted to her language and situation.',
      ),
      immigrationSector: [
        text(
          "Soutenir les démarches liées au statut, au revenu et aux papiers pendant l'hébergement ou le suivi externe.",
          'Support steps about status, income and papers during the stay or the external follow-up.',
        ),
        text("Rester disponible selon l'entente de coordination.", 'Remain available as the coordination agreement says.'),
      ],
      violenceSector: [
        text(
          "Offrir un hébergement adapté, de courte ou de longue durée (2e étape), ou des services externes : rencontres, accompagnement, groupes.",
          'Offer adapted shelter, short or long term (second stage), or external services: meetings, accompaniment, groups.',
        ),
        text(
          'Tenir compte des particularités régionales quand les ressources sont éloignées : services à distance, transport, place dans une autre région.',
          'Account for regional particularities when resources are far: remote services, transport, a place in another region.',
        ),
      ],
      approaches: {
        feminist: text('Un lieu et un soutien qui lui redonnent du contrôle : règles expliquées, décisions partagées.', 'A place and support that give her back control: rules explained, decisions shared.'),
        intercultural: text(
          'Respecter ses pratiques quand elle les exprime (alimentation, religion, soins) et la soutenir dans sa langue.',
          'Respect her practices when she expresses them (food, religion, care) and support her in her language.',
        ),
        intersectional: text(
          'Ouvrir l\'accès : sans statut, avec enfants, avec un handicap, loin des grands centres.',
          'Open access: without status, with children, with a disability, far from large centres.',
        ),
      },
      checklistIds: [c.shelter, c.externalServices],
    },
    {
      stage: 'post-shelter-follow-up',
      summary: text(
        "Un suivi externe ou post-hébergement adapté, porté par les deux secteurs, jusqu'à ce qu'elle décide d'y mettre fin.",
        'Adapted external or post-shelter follow-up, carried by both sectors, until she decides to end it.',
      ),
      immigrationSector: [
        text('Reprendre ou poursuivre l\'accompagnement : francisation, emploi, logement, statut.', 'Resume or continue support: French classes, work, housing, status.'),
        text('Aider à bâtir un réseau de soutien qui ne l\'expose pas.', 'Help build a support network that does not expose her.'),
      ],
      violenceSector: [
        text('Assurer le suivi post-hébergement : sécurité, procédures, soutien.', 'Provide post-shelter follow-up: safety, proceedings, support.'),
        text("Garder la coordination avec l'organisme en immigration selon son accord.", 'Keep coordinating with the immigrant-serving organisation as she agreed.'),
      ],
      approaches: {
        feminist: text('Consolider son autonomie et sa sécurité à son rythme ; c\'est elle qui met fin au suivi.', 'Strengthen her independence and safety at her pace; she is the one who ends the follow-up.'),
        intercultural: text(
          "Soutenir ses liens avec sa communauté quand ils la protègent, sans l'y renvoyer quand ils la mettent en danger.",
          'Support her ties with her community when they protect her, without sending her back to them when they endanger her.',
        ),
        intersectional: text(
          'Suivre les effets qui durent : précarité économique, statut, logement, isolement en région.',
          'Follow the lasting effects: economic insecurity, status, housing, isolation in the regions.',
        ),
      },
      checklistIds: [c.postShelter],
    },
  ],
};
