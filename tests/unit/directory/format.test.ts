import { describe, expect, it } from 'vitest';
import {
  APP_LANGUAGES,
  collatorFor,
  dialTarget,
  formatClock,
  formatDate,
  formatPhone,
  isOlderThanAYear,
  languageName,
  languageOptions,
  warmUpFormats,
  weekdayName,
} from '../../../src/features/directory/format.ts';

describe('directory formatting', () => {
  it('writes North American numbers the Québec way and dials them in E.164', () => {
    expect(formatPhone('5145550142')).toBe('514 555-0142');
    expect(formatPhone('18003639010')).toBe('1 800 363-9010');
    expect(formatPhone('911')).toBe('911');
    expect(dialTarget('5145550142')).toBe('+15145550142');
    expect(dialTarget('18003639010')).toBe('+18003639010');
    expect(dialTarget('811')).toBe('811');
  });

  it('writes times and weekdays in the reader’s language', () => {
    expect(formatClock('17:00', 'fr')).toBe('17:00');
    expect(formatClock('09:30', 'en')).toMatch(/^9:30\sAM$/);
    expect(weekdayName(0, 'fr')).toBe('lundi');
    expect(weekdayName(6, 'en')).toBe('Sunday');
  });

  it('writes a date without drifting a day across time zones', () => {
    expect(formatDate('2026-11-26', 'fr')).toBe('26 novembre 2026');
  });

  it('writes dates and weekdays in French for a language Intl does not know (Haitian Creole), never in English', () => {
    expect(formatDate('2026-11-26', 'ht')).toBe('26 novembre 2026');
    expect(weekdayName(0, 'ht')).toBe('lundi');
  });

  it('warns only after twelve months', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(isOlderThanAYear('2025-11-27', now)).toBe(false);
    expect(isOlderThanAYear('2025-11-25', now)).toBe(true);
  });

  it('names languages with Intl, with catalog names for those it does not know', () => {
    expect(languageName('fa', 'fr')).toBe('persan');
    expect(languageName('alq', 'fr')).toBe('alq');
    expect(languageName('alq', 'fr', { alq: 'algonquin' })).toBe('algonquin');
  });

  it('always offers the app’s 16 languages plus those found in the data, by name', () => {
    const options = languageOptions(['sw'], 'fr');
    expect(options).toHaveLength(17);
    expect(options.map((option) => option.code)).toEqual(expect.arrayContaining(['fr', 'bn', 'pa', 'sw']));
    const names = options.map((option) => option.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });
});

describe('warming up the formats of a first render', () => {
  it('works for every language of the app, including those Intl does not know', () => {
    for (const lng of [...APP_LANGUAGES, 'qps-ploc']) expect(() => warmUpFormats(lng)).not.toThrow();
    // The collator it made is the one the list then uses (one per language).
    expect(collatorFor('fr')).toBe(collatorFor('fr'));
  });
});
