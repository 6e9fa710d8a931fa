/** Section 4: the immigration journey — status, sponsorship, pressure, family and community, children. */
import type { WomanTexts } from '../woman-text.ts';
import { choiceQuestion, onYes, question, SAFE_AND_AGREED, type SectionInput, text } from './helpers.ts';

export function immigrationSection(w: WomanTexts): SectionInput {
  return {
    id: 'immigration',
    title: text('Parcours migratoire', 'Immigration journey'),
    steps: [
      {
        id: 'status',
        title: text('Statut et parrainage', 'Status and sponsorship'),
        intro: text(
          "Ne demandez à voir aucun papier. Ces questions servent à orienter vers la bonne aide juridique, pas à vérifier son statut. Elle peut ne pas répondre.",
          'Ask to see no papers. These questions help you point her to the right legal help, not to check her status. She may choose not to answer.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          choiceQuestion(w, 'arrival', {
            prompt: text('Depuis combien de temps elle vit au Canada.', 'How long she has lived in Canada.'),
            guidance: text(
              'Les premières années au pays sont une période à risque : isolement, dépendance, méconnaissance des droits.',
              'The first years in the country are a time of risk: isolation, dependence, not knowing her rights.',
            ),
            options: [
              { id: 'under-2-years', label: text('Moins de 2 ans', 'Less than 2 years'), raises: ['recent-arrival'] },
              { id: '2-years-or-more', label: text('2 ans ou plus', '2 years or more') },
            ],
          }),
          choiceQuestion(w, 'status', {
            prompt: text("Sa situation d'immigration, si elle veut la dire.", 'Her immigration situation, if she wants to say.'),
            options: [
              { id: 'citizen', label: text('Citoyenne canadienne', 'Canadian citizen') },
              { id: 'permanent-resident', label: text('Résidente permanente', 'Permanent resident') },
              { id: 'sponsorship-in-progress', label: text('Parrainage en cours', 'Sponsorship in progress'), raises: ['precarious-status'] },
              {
                id: 'temporary',
                label: text('Statut temporaire (travail, études, visiteuse)', 'Temporary status (work, study, visitor)'),
                raises: ['precarious-status'],
              },
              { id: 'refugee-claimant', label: text("Demandeuse d'asile", 'Refugee claimant'), raises: ['precarious-status'] },
              { id: 'no-status', label: text('Sans statut', 'No status'), raises: ['precarious-status'] },
              { id: 'not-sure', label: text('Elle ne sait pas', 'She does not know'), raises: ['precarious-status'] },
            ],
          }),
          question(w, 'sponsor', {
            prompt: text('Son conjoint, ou quelqu\'un de sa famille à lui, la parraine.', 'Her partner, or someone in the partner\'s family, is her sponsor.'),
            raises: onYes('sponsor-dependence'),
          }),
        ],
      },
      {
        id: 'immigration-pressure',
        title: text("Pressions liées à l'immigration", 'Pressure linked to immigration'),
        showIf: SAFE_AND_AGREED,
        items: [
          question(w, 'deportation-threats', {
            prompt: text(
              "Menaces d'expulsion, de retrait du parrainage ou de perte des papiers.",
              'Threats of deportation, of withdrawing the sponsorship, or of losing her papers.',
            ),
            guidance: text(
              "Ces menaces servent souvent à la garder sous contrôle, qu'elles soient possibles ou non. Ne la rassurez pas sur son dossier vous-même : orientez vers un conseil juridique.",
              'These threats often serve to keep her under control, whether or not they could be carried out. Do not reassure her about her file yourself: refer her to legal advice.',
            ),
            raises: onYes('deportation-threats'),
          }),
          question(w, 'documents', {
            prompt: text('Passeport, papiers ou cartes gardés par quelqu\'un d\'autre.', 'Passport, papers or cards kept by someone else.'),
            raises: onYes('document-confiscation'),
          }),
          question(w, 'kept-from-french', {
            prompt: text('Empêchée de suivre des cours de français, de travailler ou de sortir seule.', 'Kept from French classes, from working or from going out alone.'),
            raises: onYes('kept-from-language-classes'),
          }),
        ],
      },
      {
        id: 'family-community',
        title: text('Famille et communauté', 'Family and community'),
        intro: text(
          'Ne supposez rien de sa culture ou de sa religion. Sa famille et sa communauté peuvent être un soutien, une pression, ou les deux : laissez-la le dire.',
          'Assume nothing about her culture or religion. Her family and community may be a support, a pressure, or both: let her say which.',
        ),
        showIf: SAFE_AND_AGREED,
        items: [
          question(w, 'someone-to-talk', {
            prompt: text('Des personnes de confiance ici, à qui parler.', 'People here she trusts and can talk to.'),
            raises: [{ indicator: 'isolation', when: ['no'] }],
          }),
          question(w, 'family-pressure', {
            prompt: text(
              'Pression de la famille ou de la communauté pour rester, se taire ou agir contre son gré.',
              'Pressure from family or community to stay, to keep quiet, or to act against her will.',
            ),
            raises: onYes('family-community-pressure'),
          }),
          question(w, 'forced-marriage', {
            prompt: text('Mariage forcé, ou obligation de rester mariée.', 'Forced marriage, or being forced to stay married.'),
            raises: onYes('forced-marriage'),
          }),
          question(w, 'taken-abroad', {
            prompt: text("Projet de l'envoyer ou de l'emmener à l'étranger contre sa volonté.", 'A plan to send or take her abroad against her will.'),
            guidance: text(
              'Un départ à l\'étranger peut cacher un mariage forcé ou un abandon là-bas. Agissez avant le départ.',
              'A trip abroad may hide a forced marriage or being abandoned there. Act before she leaves.',
            ),
            raises: onYes('taken-abroad'),
          }),
          question(w, 'honour', {
            prompt: text(
              "Menaces ou punitions de la famille au nom de sa réputation (violence dite « d'honneur »).",
              'Threats or punishment by family over its reputation (so-called “honour”-based violence).',
            ),
            guidance: text(
              'Plusieurs membres de la famille peuvent être impliqués. Ne contactez pas la famille et ne proposez aucune médiation familiale.',
              'Several family members may be involved. Do not contact the family and offer no family mediation.',
            ),
            raises: onYes('honour-based-violence'),
          }),
        ],
      },
      {
        id: 'children',
        title: text('Enfants', 'Children'),
        showIf: SAFE_AND_AGREED,
        items: [
          choiceQuestion(w, 'has-children', {
            prompt: text('Des enfants, et où ils vivent.', 'Children, and where they live.'),
            options: [
              { id: 'no-children', label: text('Pas d\'enfant', 'No children') },
              { id: 'children-with-her', label: text('Oui, avec elle', 'Yes, with her') },
              { id: 'children-elsewhere', label: text('Oui, ailleurs (ici ou dans un autre pays)', 'Yes, elsewhere (here or in another country)') },
            ],
          }),
        ],
      },
      {
        id: 'children-safety',
        title: text('Ses enfants et sa sécurité', 'Her children and her safety'),
        intro: text(
          'Expliquez honnêtement le rôle de la DPJ, sans promettre ce qui arrivera. Votre devoir de signalement s\'applique si la sécurité ou le développement d\'un enfant peut être compromis ; dites-le-lui.',
          'Explain the role of youth protection (DPJ) honestly, without promising what will happen. Your duty to report applies if a child\'s safety or development may be compromised; tell her so.',
        ),
        showIf: { answer: 'has-children', in: ['children-with-her', 'children-elsewhere'] },
        items: [
          question(w, 'children-fear', {
            prompt: text('Peur pour ses enfants, ou peur de la DPJ.', 'Afraid for her children, or afraid of youth protection.'),
            raises: onYes('children-youth-protection-fear'),
          }),
          question(w, 'children-threats', {
            prompt: text(
              "Menaces de lui enlever les enfants ou de les emmener à l'étranger.",
              'Threats to take the children from her or to take them abroad.',
            ),
            raises: onYes('child-abduction-threats'),
          }),
        ],
      },
    ],
  };
}
