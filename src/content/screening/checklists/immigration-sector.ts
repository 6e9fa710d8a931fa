/** Checklists carried by the immigration sector: prevention, screening, referral. */
import { type ChecklistInput, item, text } from './helpers.ts';

export const PREVENTION: ChecklistInput = {
  slug: 'prevention',
  revision: 1,
  stage: 'prevention',
  sector: 'immigration',
  title: text('Prévention : informer sans exposer', 'Prevention: inform without exposing'),
  purpose: text(
    "Pour les organismes en immigration : parler de droits, d'égalité et de ressources à toutes les femmes, sans qu'aucune ne soit mise en danger d'avoir reçu l'information.",
    'For immigrant-serving organisations: talk about rights, equality and resources with all women, without putting any of them at risk for having received the information.',
  ),
  groups: [
    {
      id: 'conditions',
      title: text('Créer les conditions', 'Set the conditions'),
      items: [
        item('women-only-sessions', text(
          "Prévoir des rencontres d'information entre femmes, dans leurs langues, avec une interprète formée au besoin.",
          'Plan information sessions for women only, in their languages, with a trained interpreter when needed.',
        )),
        item('help-numbers-posted', text(
          'Afficher les numéros d\'aide (911, SOS violence conjugale, Info-aide violence sexuelle) là où les femmes sont seules, par exemple dans les toilettes.',
          'Post the help numbers (911, SOS violence conjugale, Info-aide violence sexuelle) where women are alone, for example in washrooms.',
        )),
        item('hours-and-childcare', text(
          'Adapter les horaires et offrir la garde des enfants pour que les femmes puissent venir.',
          'Adapt hours and offer childcare so that women can come.',
        )),
        item('lead-person', text(
          "Nommer une porteuse de dossier « violence » dans l'organisme et la former (approche féministe, violence, ressources de la région).",
          'Name a lead person for violence in the organisation and train her (feminist approach, violence, regional resources).',
        )),
      ],
    },
    {
      id: 'content',
      title: text('Ce qu\'on explique', 'What to explain'),
      items: [
        item('forms-of-violence', text(
          "Les formes de violence : physique, psychologique, sexuelle, économique, et le contrôle lié à l'immigration (papiers, parrainage, menaces d'expulsion).",
          'The forms of violence: physical, psychological, sexual, economic, and control linked to immigration (papers, sponsorship, threats of deportation).',
        )),
        item('help-is-free', text(
          'SOS violence conjugale est gratuit, anonyme et confidentiel, 24 h sur 24, et trouve des places en maison d\'hébergement partout au Québec.',
          'SOS violence conjugale is free, anonymous and confidential, 24/7, and finds shelter places anywhere in Québec.',
        )),
        item('sponsorship-facts', text(
          'Quitter un parrain violent ne fait pas perdre, à lui seul, la résidence permanente.',
          'Leaving an abusive sponsor does not by itself cost a permanent resident her status.',
        )),
        item('consent-to-marriage', text(
          'Le mariage exige un consentement libre et éclairé ; le mariage forcé est un crime.',
          'Marriage requires free and enlightened consent; forced marriage is a crime.',
        )),
      ],
    },
    {
      id: 'how',
      title: text('Comment', 'How'),
      items: [
        item('speak-to-all', text(
          'Parler à toutes, sans cibler une femme ni une communauté.',
          'Speak to all women, without singling out one woman or one community.',
        )),
        item('discreet-material', text(
          "Remettre l'information discrètement (petite carte, numéro à mémoriser) : un dépliant trouvé à la maison peut la mettre en danger.",
          'Give information discreetly (a small card, a number to memorise): a leaflet found at home can put her at risk.',
        )),
        item('door-open', text(
          'Dire que la porte reste ouverte : elle peut revenir en parler seule, quand elle voudra.',
          'Say the door stays open: she can come back to talk alone, whenever she wants.',
        )),
      ],
    },
  ],
};

export const SCREENING: ChecklistInput = {
  slug: 'screening',
  revision: 1,
  stage: 'screening',
  sector: 'immigration',
  title: text('Repérage : préparer et mener la conversation', 'Screening: prepare and hold the conversation'),
  purpose: text(
    "Pour l'intervenante qui soupçonne une situation de violence : créer un moment sûr, écouter et repérer les signes de danger, sans enquêter.",
    'For the intervenor who suspects violence: create a safe moment, listen and notice signs of danger, without investigating.',
  ),
  groups: [
    {
      id: 'before',
      title: text('Avant', 'Before'),
      items: [
        item('alone', text(
          "La voir seule, là où personne n'entend ; jamais devant son conjoint, sa famille, un enfant ou une personne de sa communauté.",
          'See her alone, where no one can hear; never in front of her partner, her family, a child or someone from her community.',
        )),
        item('interpreter', text(
          "Au besoin, une interprète professionnelle, idéalement formée à la violence ; jamais un proche ni un enfant ; son accord avant de dire son nom.",
          'When needed, a professional interpreter, ideally trained for violence; never someone close to her or a child; her approval before sharing her name.',
        )),
        item('resources-ready', text(
          'Avoir sous la main les numéros d\'urgence et les ressources de la région (répertoire).',
          'Have the emergency numbers and the regional resources (directory) at hand.',
        )),
      ],
    },
    {
      id: 'during',
      title: text('Pendant', 'During'),
      items: [
        item('confidentiality', text(
          'Expliquer la confidentialité et ses limites (devoir de signalement à la DPJ).',
          'Explain confidentiality and its limits (duty to report to youth protection).',
        )),
        item('consent', text(
          'Demander son accord avant les questions ; elle peut ne pas répondre ou arrêter.',
          'Ask her consent before the questions; she may skip any or stop.',
        )),
        item('guide', text(
          'Suivre le guide de conversation pas à pas ; noter les signes de danger immédiat, de risque élevé et de préoccupation.',
          'Follow the conversation guide step by step; note signs of immediate danger, high risk and concern.',
        )),
        item('believe', text('La croire, ne pas juger, ne pas demander de preuves.', 'Believe her, do not judge, ask for no proof.'), text(
          'Des phrases qui aident : « Ce n\'est pas de votre faute. » « Vous n\'êtes pas seule. » « Vous pouvez demander de l\'aide, quel que soit votre statut. »',
          'Words that help: “It is not your fault.” “You are not alone.” “You can ask for help, whatever your status.”',
        )),
      ],
    },
    {
      id: 'after',
      title: text('Après', 'After'),
      items: [
        item('outcome-together', text(
          'Regarder le résultat avec elle : chemin proposé, urgence, services ; elle décide.',
          'Look at the outcome with her: proposed path, urgency, services; she decides.',
        )),
        item('immediate-danger', text(
          'En cas de danger immédiat : 911 ou SOS violence conjugale, maintenant.',
          'In immediate danger: 911 or SOS violence conjugale, now.',
        )),
        item('safe-contact', text('Convenir d\'un moyen sûr de la joindre.', 'Agree on a safe way to reach her.')),
        item('anonymous-case', text(
          'N\'enregistrer un dossier qu\'avec son accord, sous un code anonyme (jamais son nom).',
          'Save a case only with her agreement, under an anonymous code (never her name).',
        )),
      ],
    },
  ],
};
