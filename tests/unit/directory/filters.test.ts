import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  createWeekClock,
  filtersToSearch,
  matchesAttributes,
  NO_FILTERS,
  parseFilters,
  type DirectoryFilters,
  type FilterFlag,
} from '../../../src/features/directory/model.ts';
import { makeEntry } from './fixtures.ts';

const withFilters = (patch: Partial<DirectoryFilters>): DirectoryFilters => ({ ...NO_FILTERS, ...patch });
const withFlag = (flag: FilterFlag) => withFilters({ flags: new Set([flag]) });
// Tuesday 2026-11-24, 15:00 in Montréal.
const clock = createWeekClock(new Date('2026-11-24T20:00:00Z'));

describe('filters in the URL', () => {
  it('reads the example link of a screening outcome', () => {
    const filters = parseFilters(new URLSearchParams('region=08&lang=fa&type=emergency-shelter&type=help-line'));
    expect(filters).toMatchObject({ region: '08', lang: 'fa', types: ['emergency-shelter', 'help-line'], q: '', sector: null });
    expect(filters.flags.size).toBe(0);
  });

  it('drops values it cannot read and keeps the rest', () => {
    const filters = parseFilters(new URLSearchParams('region=99&sector=nope&type=shelter&type=police&lang=!!&open=yes&pets=1&q=maison'));
    expect(filters).toMatchObject({ region: null, sector: null, types: ['police'], lang: null, q: 'maison' });
    expect([...filters.flags]).toEqual(['pets']);
  });

  it('writes a canonical query string that reads back the same', () => {
    const filters = withFilters({
      q: 'hébergement',
      region: '10',
      sector: 'violence',
      types: ['emergency-shelter', 'help-line'],
      lang: 'ar',
      flags: new Set<FilterFlag>(['remote', 'open', 'nostatus']),
    });
    const search = filtersToSearch(filters);
    expect(search).toBe('q=h%C3%A9bergement&region=10&sector=violence&type=emergency-shelter&type=help-line&lang=ar&open=1&nostatus=1&remote=1');
    expect(parseFilters(new URLSearchParams(search))).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(8);
  });

  it('leaves everything out when nothing is chosen', () => {
    expect(filtersToSearch(NO_FILTERS)).toBe('');
  });
});

describe('each filter', () => {
  it('keeps a sector', () => {
    expect(matchesAttributes(makeEntry({ sector: 'legal' }), withFilters({ sector: 'legal' }), clock)).toBe(true);
    expect(matchesAttributes(makeEntry({ sector: 'violence' }), withFilters({ sector: 'legal' }), clock)).toBe(false);
  });

  it('keeps any of the chosen service types', () => {
    const entry = makeEntry({ serviceTypes: ['sexual-assault-centre', 'help-line'] });
    expect(matchesAttributes(entry, withFilters({ types: ['police', 'help-line'] }), clock)).toBe(true);
    expect(matchesAttributes(entry, withFilters({ types: ['police'] }), clock)).toBe(false);
  });

  it('keeps a language whether the staff speak it or interpretation offers it', () => {
    const spoken = makeEntry({ languagesSpoken: ['fr', 'fa'] });
    const interpreted = makeEntry({ interpretationLanguages: ['fa'] });
    const neither = makeEntry({ languagesSpoken: ['fr', 'ar'] });
    const lang = withFilters({ lang: 'fa' });
    expect([spoken, interpreted, neither].map((entry) => matchesAttributes(entry, lang, clock))).toEqual([true, true, false]);
    expect(matchesAttributes(makeEntry({ languagesSpoken: ['zh-Hans'] }), withFilters({ lang: 'zh' }), clock)).toBe(true);
  });

  it('keeps what is open now in its own time zone', () => {
    const office = makeEntry({ schedules: [{ byday: ['TU'], opensAt: '09:00', closesAt: '17:00', timezone: 'America/Toronto' }] });
    const evening = makeEntry({ schedules: [{ byday: ['TU'], opensAt: '18:00', closesAt: '22:00', timezone: 'America/Toronto' }] });
    const always = makeEntry({ isAlwaysOpen: true });
    const closedForNow = makeEntry({ isAlwaysOpen: true, status: 'temporarily closed' });
    expect([office, evening, always, closedForNow].map((entry) => matchesAttributes(entry, withFlag('open'), clock))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('keeps 24/7, evening and weekend hours', () => {
    const always = makeEntry({ isAlwaysOpen: true });
    const office = makeEntry({ schedules: [{ byday: ['MO', 'FR'], opensAt: '09:00', closesAt: '17:00', timezone: 'America/Toronto' }] });
    const saturday = makeEntry({ schedules: [{ byday: ['SA'], opensAt: '18:00', closesAt: '21:00', timezone: 'America/Toronto' }] });
    expect([always, office, saturday].map((entry) => matchesAttributes(entry, withFlag('h24'), clock))).toEqual([true, false, false]);
    expect([always, office, saturday].map((entry) => matchesAttributes(entry, withFlag('evening'), clock))).toEqual([true, false, true]);
    expect([always, office, saturday].map((entry) => matchesAttributes(entry, withFlag('weekend'), clock))).toEqual([true, false, true]);
  });

  it('keeps wheelchair access, children, pets and no status required', () => {
    const open = makeEntry({ isWheelchairAccessible: true, acceptsChildren: true, acceptsPets: true, isStatusRequired: false });
    const closed = makeEntry({ isWheelchairAccessible: false, acceptsChildren: false, acceptsPets: false, isStatusRequired: true });
    for (const flag of ['access', 'children', 'pets', 'nostatus'] as const) {
      expect(matchesAttributes(open, withFlag(flag), clock), flag).toBe(true);
      expect(matchesAttributes(closed, withFlag(flag), clock), flag).toBe(false);
    }
  });

  it('counts an accessible place as wheelchair access', () => {
    const entry = makeEntry({}, [{ id: 'place', data: { organizationId: 'x', region: '06', addressVisibility: 'city', city: 'Montréal', isWheelchairAccessible: true, demo: true } }]);
    expect(matchesAttributes(entry, withFlag('access'), clock)).toBe(true);
  });

  it('keeps services reachable by phone, video or text for remote', () => {
    expect(matchesAttributes(makeEntry({ remote: { phone: false, video: true, text: false } }), withFlag('remote'), clock)).toBe(true);
    expect(matchesAttributes(makeEntry(), withFlag('remote'), clock)).toBe(false);
  });

  it('never lists a defunct or inactive service', () => {
    expect(matchesAttributes(makeEntry({ status: 'defunct' }), NO_FILTERS, clock)).toBe(false);
    expect(matchesAttributes(makeEntry({ status: 'inactive' }), NO_FILTERS, clock)).toBe(false);
    expect(matchesAttributes(makeEntry({ status: 'temporarily closed' }), NO_FILTERS, clock)).toBe(true);
  });
});
