/**
 * Real city names per administrative region, with the first letters of their postal codes
 * and their area codes, so that fictional addresses look plausible. Streets and civic
 * numbers are invented; phone numbers are always 555-01xx (reserved for fiction).
 */
import type { RegionCode } from '../../shared/regions.ts';

export interface DemoCity {
  name: string;
  /** First three characters of the postal codes there (forward sortation area). */
  postalPrefix: string;
  /** IANA zone: the Magdalen Islands keep Atlantic time. */
  timezone?: string;
}

export interface DemoRegion {
  cities: readonly DemoCity[];
  areaCodes: readonly string[];
  /** Relative number of organisations, roughly following population. */
  weight: number;
  /** Indigenous languages spoken by some staff in that region (ISO 639 codes). */
  localLanguages: readonly string[];
}

const city = (name: string, postalPrefix: string, timezone?: string): DemoCity =>
  timezone ? { name, postalPrefix, timezone } : { name, postalPrefix };

export const DEMO_REGIONS: Record<RegionCode, DemoRegion> = {
  '01': { cities: [city('Rimouski', 'G5L'), city('Rivière-du-Loup', 'G5R'), city('Matane', 'G4W'), city('Amqui', 'G5J')], areaCodes: ['418', '581'], weight: 2, localLanguages: [] },
  '02': { cities: [city('Saguenay', 'G7H'), city('Alma', 'G8B'), city('Roberval', 'G8H'), city('Dolbeau-Mistassini', 'G8L')], areaCodes: ['418', '581'], weight: 3, localLanguages: ['atj'] },
  '03': { cities: [city('Québec', 'G1R'), city('Baie-Saint-Paul', 'G3Z'), city('La Malbaie', 'G5A'), city('Donnacona', 'G3M')], areaCodes: ['418', '581', '367'], weight: 8, localLanguages: ['moe'] },
  '04': { cities: [city('Trois-Rivières', 'G9A'), city('Shawinigan', 'G9N'), city('La Tuque', 'G9X'), city('Louiseville', 'J5V')], areaCodes: ['819', '873'], weight: 3, localLanguages: ['atj'] },
  '05': { cities: [city('Sherbrooke', 'J1H'), city('Magog', 'J1X'), city('Coaticook', 'J1A'), city('Lac-Mégantic', 'G6B')], areaCodes: ['819', '873'], weight: 4, localLanguages: [] },
  '06': { cities: [city('Montréal', 'H2X'), city('Montréal', 'H3S'), city('Montréal', 'H1N'), city('Montréal', 'H4C')], areaCodes: ['514', '438'], weight: 22, localLanguages: ['moh'] },
  '07': { cities: [city('Gatineau', 'J8X'), city('Maniwaki', 'J9E'), city('Shawville', 'J0X'), city('Papineauville', 'J0V')], areaCodes: ['819', '873'], weight: 4, localLanguages: ['alq'] },
  '08': { cities: [city('Rouyn-Noranda', 'J9X'), city("Val-d'Or", 'J9P'), city('Amos', 'J9T'), city('Ville-Marie', 'J9V')], areaCodes: ['819', '873'], weight: 2, localLanguages: ['alq', 'cr'] },
  '09': { cities: [city('Baie-Comeau', 'G4Z'), city('Sept-Îles', 'G4R'), city('Forestville', 'G0T'), city('Havre-Saint-Pierre', 'G0G')], areaCodes: ['418', '581'], weight: 1, localLanguages: ['moe', 'nsk'] },
  '10': { cities: [city('Chibougamau', 'G8P'), city('Chapais', 'G0W'), city('Matagami', 'J0Y'), city('Lebel-sur-Quévillon', 'J0Y')], areaCodes: ['418', '819'], weight: 1, localLanguages: ['cr', 'iu'] },
  '11': { cities: [city('Gaspé', 'G4X'), city('Sainte-Anne-des-Monts', 'G4V'), city('Chandler', 'G0C'), city('Les Îles-de-la-Madeleine', 'G4T', 'America/Halifax')], areaCodes: ['418', '581'], weight: 1, localLanguages: ['mic'] },
  '12': { cities: [city('Lévis', 'G6V'), city('Saint-Georges', 'G5Y'), city('Thetford Mines', 'G6G'), city('Montmagny', 'G5V')], areaCodes: ['418', '581'], weight: 4, localLanguages: [] },
  '13': { cities: [city('Laval', 'H7N'), city('Laval', 'H7T'), city('Laval', 'H7W')], areaCodes: ['450', '579'], weight: 5, localLanguages: [] },
  '14': { cities: [city('Joliette', 'J6E'), city('Terrebonne', 'J6W'), city('Repentigny', 'J6A'), city('Rawdon', 'J0K')], areaCodes: ['450', '579'], weight: 4, localLanguages: ['atj'] },
  '15': { cities: [city('Saint-Jérôme', 'J7Z'), city('Mont-Tremblant', 'J8E'), city('Sainte-Agathe-des-Monts', 'J8C'), city('Blainville', 'J7C')], areaCodes: ['450', '579', '819'], weight: 5, localLanguages: [] },
  '16': { cities: [city('Longueuil', 'J4K'), city('Saint-Hyacinthe', 'J2S'), city('Granby', 'J2G'), city('Saint-Jean-sur-Richelieu', 'J3B'), city('Salaberry-de-Valleyfield', 'J6T')], areaCodes: ['450', '579'], weight: 9, localLanguages: ['moh'] },
  '17': { cities: [city('Drummondville', 'J2B'), city('Victoriaville', 'G6P'), city('Bécancour', 'G9H'), city('Nicolet', 'J3T')], areaCodes: ['819', '873'], weight: 2, localLanguages: ['abe'] },
};

/** Invented street names; civic numbers are random. */
export const STREETS = [
  'rue Principale',
  'rue des Érables',
  'boulevard du Fleuve',
  'avenue des Pins',
  'rue Saint-Exemple',
  'rue de la Démonstration',
  'chemin des Outardes',
  'rue du Moulin',
  'avenue de la Gare',
  'rue des Lilas',
  'boulevard des Cèdres',
  'rue de l’Harmonie',
] as const;

/** Letters and digits for the last three characters of a postal code (no D, F, I, O, Q, U). */
export const POSTAL_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';
