import { describe, expect, it } from 'vitest';
import { interpretationView } from '../../../src/features/directory/model.ts';
import { makeEntry } from './fixtures.ts';

const place = (region: '06' | '08' | '10') => [{ id: `place-${region}`, data: { organizationId: 'x', region, addressVisibility: 'confidential' as const, demo: true } }];

describe('the interpretation view', () => {
  const adaptedIn08 = makeEntry({ regionsServed: ['08'], interpretationLanguages: ['fa'], isInterpretationAdaptedToViolence: true }, place('08'));
  const genericIn08 = makeEntry({ regionsServed: ['08'], interpretationLanguages: ['fa'], isInterpretationAdaptedToViolence: false }, place('08'));
  const speaksIn06 = makeEntry({ regionsServed: ['06'], languagesSpoken: ['fr', 'fa'] }, place('06'));
  const line = makeEntry({ serviceTypes: ['help-line'], isProvinceWide: true, regionsServed: [], interpretationLanguages: ['fa'] });
  const entries = [adaptedIn08, genericIn08, speaksIn06, line];

  it('separates adapted interpretation, staff who speak the language, and lines', () => {
    const view = interpretationView(entries, 'fa', '08');
    expect(view.adapted.local).toEqual([adaptedIn08]);
    expect(view.spoken.local).toEqual([]);
    expect(view.spoken.nearest.map((candidate) => candidate.entry)).toEqual([speaksIn06]);
    expect(view.lines.provinceWide).toEqual([line]);
  });

  it('offers the nearest elsewhere when the region has none', () => {
    const view = interpretationView(entries, 'fa', '10');
    expect(view.adapted.local).toEqual([]);
    expect(view.adapted.nearest.map((candidate) => candidate.entry)).toEqual([adaptedIn08]);
  });

  it('lists everything for a language when no region is chosen', () => {
    expect(interpretationView(entries, 'fa', null).spoken.local).toEqual([speaksIn06]);
    expect(interpretationView(entries, 'ur', null).spoken.local).toEqual([]);
  });
});
