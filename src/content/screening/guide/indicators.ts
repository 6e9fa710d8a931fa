/**
 * Indicators, grouped as immediate danger / high risk / concern (CONTENT.md), with the
 * immigration-specific factors marked. Categories say how fast to act, not a score.
 */
import type { z } from 'zod';
import type { indicatorSchema } from '../../../shared/kinds/guide.ts';
import { text } from './helpers.ts';

type IndicatorInput = z.input<typeof indicatorSchema>;

export const INDICATORS: IndicatorInput[] = [
  // Immediate danger: act now.
  { id: 'afraid-to-go-home', category: 'immediate-danger', label: text("Peur de rentrer chez elle aujourd'hui", 'Afraid to go home today') },
  { id: 'person-nearby', category: 'immediate-danger', label: text("La personne violente est proche ou l'attend", 'The person who harms her is nearby or waiting') },
  { id: 'injured', category: 'immediate-danger', label: text('Blessée ou besoin de soins maintenant', 'Hurt or needs care now') },
  {
    id: 'taken-abroad',
    category: 'immediate-danger',
    label: text("Projet de l'envoyer ou de l'emmener à l'étranger contre sa volonté", 'A plan to send or take her abroad against her will'),
  },
  // High risk: signs associated with serious or escalating violence, or control that closes her ways out.
  { id: 'strangulation', category: 'high-risk', label: text('Étranglement ou respiration empêchée', 'Strangled or breathing stopped') },
  { id: 'weapon', category: 'high-risk', label: text('Accès à une arme', 'Access to a weapon') },
  { id: 'death-threats', category: 'high-risk', label: text('Menaces de mort ou de suicide', 'Threats to kill or of suicide') },
  { id: 'her-fear-for-life', category: 'high-risk', label: text('Elle pense que cette personne pourrait la tuer', 'She thinks this person could kill her') },
  { id: 'escalation', category: 'high-risk', label: text('Violence plus fréquente ou plus grave', 'Violence more frequent or more serious') },
  { id: 'separation', category: 'high-risk', label: text('Séparation récente ou prévue', 'Recent or planned separation') },
  { id: 'stalking', category: 'high-risk', label: text('Filature, surveillance ou localisation', 'Followed, watched or located') },
  { id: 'sexual-violence', category: 'high-risk', label: text('Violence sexuelle', 'Sexual violence') },
  {
    id: 'deportation-threats',
    category: 'high-risk',
    factor: 'deportation-threats',
    label: text("Menaces d'expulsion ou de retrait du parrainage", 'Threats of deportation or of withdrawing the sponsorship'),
  },
  { id: 'document-confiscation', category: 'high-risk', factor: 'document-confiscation', label: text('Papiers confisqués', 'Documents confiscated') },
  { id: 'forced-marriage', category: 'high-risk', factor: 'forced-marriage', label: text('Mariage forcé, actuel ou prévu', 'Forced marriage, current or planned') },
  {
    id: 'honour-based-violence',
    category: 'high-risk',
    factor: 'honour-based-violence',
    label: text("Menaces ou punitions au nom de l'« honneur » de la famille", 'Threats or punishment in the name of family “honour”'),
  },
  {
    id: 'child-abduction-threats',
    category: 'high-risk',
    label: text("Menaces d'enlever les enfants ou de les emmener à l'étranger", 'Threats to take the children or take them abroad'),
  },
  // Concern: signs of violence or of vulnerability that call for information, referral and follow-up.
  { id: 'fear', category: 'concern', label: text("Peur d'une personne de son foyer ou de sa famille", 'Afraid of someone at home or in the family') },
  { id: 'observed-control', category: 'concern', label: text("Contrôle observé chez la personne qui l'accompagne", 'Control seen in the person with her') },
  { id: 'psychological', category: 'concern', label: text('Insultes, cris, humiliations', 'Insults, shouting, humiliation') },
  { id: 'coercive-control', category: 'concern', label: text('Contrôle de ses sorties, de ses relations ou de son téléphone', 'Control of where she goes, who she sees or her phone') },
  { id: 'physical-violence', category: 'concern', label: text('Violence physique', 'Physical violence') },
  { id: 'financial-control', category: 'concern', factor: 'financial-control', label: text("Contrôle de l'argent ou du travail", 'Control of money or work') },
  { id: 'sponsor-dependence', category: 'concern', factor: 'sponsor-dependence', label: text('Parrainée par son conjoint ou la famille de celui-ci', 'Sponsored by her partner or the partner\'s family') },
  { id: 'precarious-status', category: 'concern', factor: 'precarious-status', label: text('Statut précaire, absent ou incertain', 'Precarious, no or uncertain status') },
  { id: 'language-barrier', category: 'concern', factor: 'language-barriers', label: text('Barrière de langue', 'Language barrier') },
  {
    id: 'kept-from-language-classes',
    category: 'concern',
    factor: 'language-barriers',
    label: text('Empêchée d\'apprendre le français, de travailler ou de sortir', 'Kept from learning French, working or going out'),
  },
  { id: 'isolation', category: 'concern', factor: 'isolation', label: text('Aucune personne de confiance à qui parler ici', 'No one here she trusts to talk to') },
  {
    id: 'family-community-pressure',
    category: 'concern',
    factor: 'family-community-pressure',
    label: text('Pression de la famille ou de la communauté', 'Pressure from family or community'),
  },
  {
    id: 'children-youth-protection-fear',
    category: 'concern',
    factor: 'children-youth-protection-fear',
    label: text('Peur pour ses enfants ou peur de la DPJ', 'Fears for her children or of youth protection'),
  },
  { id: 'recent-arrival', category: 'concern', factor: 'recent-arrival', label: text('Arrivée depuis moins de 2 ans', 'Arrived less than 2 years ago') },
  { id: 'pregnancy', category: 'concern', factor: 'pregnancy', label: text("Enceinte ou bébé de moins d'un an", 'Pregnant or a baby under one year') },
];

/** Signs that violence is happening (not only vulnerability): they turn a concern into a referral. */
export const VIOLENCE_NAMED = ['fear', 'observed-control', 'psychological', 'coercive-control', 'physical-violence', 'financial-control'];
