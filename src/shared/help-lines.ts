/**
 * The help lines women-facing content may point to, as verified in CONTENT.md ("Help lines
 * verified on 2026-11-26"). Articles refer to a line by its key, never by a number typed in
 * their text, so that a translation can never carry a wrong number and a number changes
 * in one place. Names and descriptions shown to people live in the UI catalogs.
 */
import { z } from 'zod';

export const HELP_LINE_KEYS = [
  'emergency',
  'sos-violence-conjugale',
  'info-aide-violence-sexuelle',
  'info-social',
  'suicide-prevention',
  'tel-jeunes',
  'ircc',
] as const;
export const helpLineKeySchema = z.enum(HELP_LINE_KEYS);
export type HelpLineKey = z.infer<typeof helpLineKeySchema>;

export interface HelpLineNumber {
  /** What goes after `tel:`: E.164 for ten-digit numbers, the short code otherwise. */
  dial: string;
  /** As written in Québec, e.g. `1 800 363-9010`. */
  display: string;
}

export interface HelpLine {
  key: HelpLineKey;
  number: HelpLineNumber;
  /** A second number for one area (Info-aide violence sexuelle in Montréal). */
  localNumber?: HelpLineNumber;
  /** The menu option to choose once connected (811: option 2 is Info-Social). */
  menuOption?: string;
  isAlwaysOpen: boolean;
  /** Every line here was checked; the date and where (SAFETY.md rule 9, CONTENT.md). */
  lastVerified: string;
  source: string;
}

const VERIFIED = '2026-11-26';

export const HELP_LINES: Readonly<Record<HelpLineKey, HelpLine>> = {
  emergency: {
    key: 'emergency',
    number: { dial: '911', display: '911' },
    isAlwaysOpen: true,
    lastVerified: VERIFIED,
    source: 'CONTENT.md, help lines verified on 2026-11-26',
  },
  'sos-violence-conjugale': {
    key: 'sos-violence-conjugale',
    number: { dial: '+18003639010', display: '1 800 363-9010' },
    isAlwaysOpen: true,
    lastVerified: VERIFIED,
    source: 'sosviolenceconjugale.ca (CONTENT.md, verified on 2026-11-26)',
  },
  'info-aide-violence-sexuelle': {
    key: 'info-aide-violence-sexuelle',
    number: { dial: '+18889339007', display: '1 888 933-9007' },
    localNumber: { dial: '+15149339007', display: '514 933-9007' },
    isAlwaysOpen: true,
    lastVerified: VERIFIED,
    source: 'infoaideviolencesexuelle.ca (CONTENT.md, verified on 2026-11-26)',
  },
  'info-social': {
    key: 'info-social',
    number: { dial: '811', display: '811' },
    menuOption: '2',
    isAlwaysOpen: true,
    lastVerified: VERIFIED,
    source: 'quebec.ca, Info-Social 811 (CONTENT.md, verified on 2026-11-26)',
  },
  'suicide-prevention': {
    key: 'suicide-prevention',
    number: { dial: '+18662773553', display: '1 866 277-3553' },
    isAlwaysOpen: true,
    lastVerified: VERIFIED,
    source: 'suicide.ca (CONTENT.md, verified on 2026-11-26)',
  },
  'tel-jeunes': {
    key: 'tel-jeunes',
    number: { dial: '+18002632266', display: '1 800 263-2266' },
    isAlwaysOpen: false,
    lastVerified: VERIFIED,
    source: 'teljeunes.com (CONTENT.md, verified on 2026-11-26)',
  },
  ircc: {
    key: 'ircc',
    number: { dial: '+18882422100', display: '1 888 242-2100' },
    isAlwaysOpen: false,
    lastVerified: VERIFIED,
    source: 'canada.ca, IRCC client support centre (CONTENT.md, verified on 2026-11-26)',
  },
};
