/**
 * Add rules: every one that holds adds service types and advice to the path. One rule per
 * immigration-specific factor family, and one per thing she asked for (her choice leads).
 */
import type { z } from 'zod';
import type { outcomeRuleSchema } from '../../../shared/kinds/guide.ts';
import { text } from './helpers.ts';

type RuleInput = z.input<typeof outcomeRuleSchema>;

export const ADD_RULES: RuleInput[] = [
  {
    id: 'sexual-violence',
    mode: 'add',
    when: { indicator: 'sexual-violence' },
    title: text('Violence sexuelle', 'Sexual violence'),
    serviceTypes: ['sexual-assault-centre', 'help-line'],
    advice: [
      text(
        'Proposez un CALACS et la ligne Info-aide violence sexuelle : 1 888 933-9007 (Montréal 514 933-9007), 24 h sur 24.',
        'Offer a sexual-assault centre (CALACS) and the Info-aide violence sexuelle line: 1 888 933-9007 (Montréal 514 933-9007), 24/7.',
      ),
      text('Si l\'agression est récente, parlez de soins ; la ligne peut dire où aller.', 'If the assault is recent, talk about care; the line can say where to go.'),
    ],
  },
  {
    id: 'medical-care',
    mode: 'add',
    when: { any: [{ indicator: 'injured' }, { indicator: 'strangulation' }, { factor: 'pregnancy' }] },
    title: text('Soins de santé', 'Health care'),
    serviceTypes: ['health-social'],
    advice: [
      text(
        'Proposez des soins : urgence, médecin, ou 811 (option 1, Info-Santé). Un étranglement peut laisser des séquelles invisibles ; une grossesse demande un suivi.',
        'Offer care: emergency, a doctor, or 811 (option 1, Info-Santé). Strangulation can leave unseen harm; a pregnancy needs follow-up.',
      ),
    ],
  },
  {
    id: 'immigration-status',
    mode: 'add',
    when: {
      any: [{ factor: 'precarious-status' }, { factor: 'sponsor-dependence' }, { factor: 'deportation-threats' }, { factor: 'document-confiscation' }],
    },
    title: text('Statut d\'immigration', 'Immigration status'),
    serviceTypes: ['legal', 'bridge-organization'],
    advice: [
      text('Ne promettez rien sur son dossier : orientez vers un conseil juridique en immigration avant toute démarche.', 'Promise nothing about her file: refer her to immigration legal advice before any step.'),
      text(
        'Quitter un parrain violent ne fait pas perdre, à lui seul, la résidence permanente : la résidence permanente conditionnelle des conjoints parrainés a été abolie en 2017.',
        'Leaving an abusive sponsor does not by itself cost a permanent resident her status: conditional permanent residence for sponsored spouses was repealed in 2017.',
      ),
      text(
        'Depuis 2019, une conjointe de citoyen ou de résident permanent, au Canada sans statut et victime de violence familiale, peut obtenir un permis de séjour temporaire sans frais, avec un permis de travail et une couverture de santé fédérale ; ses enfants à charge aussi.',
        'Since 2019, a spouse or partner of a citizen or permanent resident who is in Canada without status and experiences family violence can get a fee-exempt temporary resident permit, with a work permit and federal health coverage; her dependent children too.',
      ),
      text('Une demande pour motifs d\'ordre humanitaire peut tenir compte de la violence familiale.', 'A humanitarian and compassionate application can weigh family violence.'),
    ],
  },
  {
    id: 'documents',
    mode: 'add',
    when: { factor: 'document-confiscation' },
    title: text('Papiers confisqués', 'Documents confiscated'),
    serviceTypes: ['legal'],
    advice: [
      text(
        'Notez avec elle quels papiers sont gardés ; des copies mises à l\'abri aident plus tard. Pour les récupérer, renseignez-vous auprès de SOS violence conjugale ou d\'un conseil juridique.',
        'Note with her which papers are kept; copies kept somewhere safe help later. To get them back, ask SOS violence conjugale or a legal adviser.',
      ),
    ],
  },
  {
    id: 'language',
    mode: 'add',
    when: { factor: 'language-barriers' },
    title: text('Langue et interprétation', 'Language and interpretation'),
    serviceTypes: ['interpretation'],
    advice: [
      text(
        'Demandez une interprète qu\'elle approuve, formée aux situations de violence si possible, qui n\'est pas de son entourage.',
        'Ask for an interpreter she approves, trained for situations of violence if possible, who is not from her circle.',
      ),
      text('Précisez sa langue et son besoin d\'interprète dans la référence.', 'State her language and her need for an interpreter in the referral.'),
    ],
  },
  {
    id: 'interpreter-not-approved',
    mode: 'add',
    when: { any: [{ answer: 'interpreter-approved', in: ['no', 'unsure'] }, { answer: 'interpreter-known', in: ['yes', 'unsure'] }] },
    title: text('Interprète à changer', 'Change the interpreter'),
    serviceTypes: ['interpretation'],
    advice: [
      text(
        'Elle n\'a pas approuvé l\'interprète, ou le connaît : changez d\'interprète (autre organisme, au téléphone) avant de partager son identité.',
        'She did not approve the interpreter, or knows them: change interpreters (another organisation, by phone) before sharing who she is.',
      ),
    ],
  },
  {
    id: 'isolation-and-pressure',
    mode: 'add',
    when: { any: [{ factor: 'isolation' }, { factor: 'family-community-pressure' }] },
    title: text('Isolement et pression de l\'entourage', 'Isolation and pressure from those around her'),
    serviceTypes: ['bridge-organization', 'community'],
    advice: [
      text(
        'Aidez-la à repérer une ou deux personnes sûres ; une activité de groupe peut briser l\'isolement sans l\'exposer.',
        'Help her find one or two safe people; a group activity can break isolation without exposing her.',
      ),
      text('Ne passez jamais par sa famille ou sa communauté pour la joindre.', 'Never go through her family or community to reach her.'),
    ],
  },
  {
    id: 'forced-marriage',
    mode: 'add',
    when: { any: [{ factor: 'forced-marriage' }, { indicator: 'taken-abroad' }] },
    title: text('Mariage forcé ou départ à l\'étranger', 'Forced marriage or being taken abroad'),
    serviceTypes: ['crime-victim-assistance', 'legal'],
    advice: [
      text(
        'Le mariage exige un consentement libre et éclairé ; l\'âge minimal absolu est de 16 ans ; célébrer un mariage forcé ou y aider est une infraction criminelle depuis 2015.',
        'Marriage requires free and enlightened consent; the absolute minimum age is 16; celebrating or aiding a forced marriage has been a criminal offence since 2015.',
      ),
      text('Si un départ est prévu, agissez avant : 911 en cas de danger, SOS violence conjugale pour un plan.', 'If a departure is planned, act before it: 911 in danger, SOS violence conjugale for a plan.'),
    ],
  },
  {
    id: 'honour-based-violence',
    mode: 'add',
    when: { factor: 'honour-based-violence' },
    title: text("Violence dite « d'honneur »", 'So-called “honour”-based violence'),
    serviceTypes: ['crime-victim-assistance'],
    advice: [
      text(
        'Plusieurs personnes de la famille ou de la communauté peuvent être impliquées : aucune rencontre ni médiation familiale, et ne révélez pas où elle se trouve.',
        'Several people in the family or community may be involved: no family meeting or mediation, and never reveal where she is.',
      ),
      text('Pensez aussi à la sécurité des personnes qui l\'aident.', 'Think also of the safety of those who help her.'),
    ],
  },
  {
    id: 'financial-control',
    mode: 'add',
    when: { factor: 'financial-control' },
    title: text('Contrôle de l\'argent', 'Control of money'),
    serviceTypes: ['bridge-organization'],
    advice: [
      text(
        'Parlez de l\'accès à son propre argent : un compte à son nom, ses droits au travail, les papiers à mettre à l\'abri.',
        'Talk about access to her own money: an account in her name, her rights at work, papers to keep safe.',
      ),
    ],
  },
  {
    id: 'children',
    mode: 'add',
    when: { any: [{ factor: 'children-youth-protection-fear' }, { indicator: 'child-abduction-threats' }] },
    title: text('Enfants et DPJ', 'Children and youth protection'),
    serviceTypes: ['legal'],
    advice: [
      text('Expliquez honnêtement le rôle de la DPJ, sans promesse.', 'Explain the role of youth protection (DPJ) honestly, without promises.'),
      text(
        'Si l\'on menace d\'emmener les enfants à l\'étranger, un conseil juridique rapide aide à protéger la garde.',
        'If someone threatens to take the children abroad, prompt legal advice helps protect custody.',
      ),
    ],
  },
  {
    id: 'risk-periods',
    mode: 'add',
    when: { any: [{ factor: 'recent-arrival' }, { factor: 'pregnancy' }] },
    title: text('Période à risque', 'A time of higher risk'),
    advice: [
      text(
        'Premières années au pays, grossesse et naissance récente sont des périodes à risque : prévoyez un suivi plus serré.',
        'The first years in the country, pregnancy and a recent birth are times of higher risk: plan closer follow-up.',
      ),
    ],
  },
  {
    id: 'she-asks-for-a-safe-place',
    mode: 'add',
    when: { answer: 'wish', in: ['safe-place'] },
    title: text('Elle demande un endroit sûr', 'She asks for a safe place'),
    urgency: 'within-24-hours',
    serviceTypes: ['emergency-shelter', 'help-line'],
    advice: [text('Appelez SOS violence conjugale avec elle pour trouver une place, même hors de sa région.', 'Call SOS violence conjugale with her to find a place, even outside her region.')],
  },
  {
    id: 'she-asks-to-talk',
    mode: 'add',
    when: { answer: 'wish', in: ['talk-to-specialist'] },
    title: text('Elle veut parler à une intervenante spécialisée', 'She wants to talk with a specialised worker'),
    serviceTypes: ['emergency-shelter', 'help-line'],
    advice: [text('Proposez de faire l\'appel ensemble, depuis votre bureau.', 'Offer to make the call together, from your office.')],
  },
  {
    id: 'she-asks-for-legal-advice',
    mode: 'add',
    when: { answer: 'wish', in: ['legal-advice'] },
    title: text('Elle veut des conseils juridiques', 'She wants legal advice'),
    serviceTypes: ['legal'],
    advice: [
      text(
        'Rebâtir offre aux victimes de violence conjugale ou sexuelle jusqu\'à 4 heures de conseils juridiques gratuits.',
        'Rebâtir offers victims of conjugal or sexual violence up to 4 hours of free legal advice.',
      ),
    ],
  },
  {
    id: 'she-wants-nothing-now',
    mode: 'add',
    when: { answer: 'wish', in: ['not-now'] },
    title: text('Elle ne souhaite rien pour l\'instant', 'She wants nothing for now'),
    advice: [
      text(
        'Respectez-le, même si vous êtes inquiète : dites-lui ce que vous observez et comment revenir vers vous.',
        'Respect it, even if you are worried: tell her what you notice and how to come back to you.',
      ),
    ],
  },
  {
    id: 'no-safe-contact',
    mode: 'add',
    when: { answer: 'safe-contact', in: ['no', 'unsure'] },
    title: text('Pas de contact sûr par téléphone', 'No safe contact by phone'),
    advice: [
      text(
        'Ne l\'appelez pas et ne lui écrivez pas sans entente. Convenez d\'un autre moyen : rencontres à l\'organisme, moments sûrs, mot convenu.',
        'Do not call or message her without an agreement. Agree on another way: meetings at the organisation, safe times, an agreed word.',
      ),
    ],
  },
];
