import { describe, expect, it } from 'vitest';
import { fromNeutralSearch, hrefWithSearch, toNeutralSearch } from '../../../src/lib/neutral-query.ts';
import { directoryHref } from '../../../src/lib/directory-link.ts';

const SEARCH = 'q=%D8%A7%D9%84%D8%B9%D9%86%D9%81+maison&region=06&type=sexual-assault-centre&type=emergency-shelter&sector=violence';

describe('query strings in discreet mode', () => {
  it('carry no readable word, and read back the same, Arabic and repeated types included', () => {
    const neutral = toNeutralSearch(SEARCH);
    expect(neutral).toMatch(/^v=[A-Za-z0-9_-]+$/);
    expect(neutral).not.toMatch(/sexual|shelter|violence|maison|region|type/i);
    const back = fromNeutralSearch(new URLSearchParams(neutral));
    expect(back.getAll('type')).toEqual(['sexual-assault-centre', 'emergency-shelter']);
    expect(back.get('q')).toBe('العنف maison');
    expect(back.toString()).toBe(new URLSearchParams(SEARCH).toString());
  });

  it('leave an ordinary query string as it is, so links made elsewhere keep working', () => {
    expect(fromNeutralSearch(new URLSearchParams('region=08&lang=fa')).toString()).toBe('region=08&lang=fa');
  });

  it('give no parameters for a value that cannot be read, instead of breaking', () => {
    expect(fromNeutralSearch(new URLSearchParams('v=%%%')).toString()).toBe('');
    expect(fromNeutralSearch(new URLSearchParams('v=_w')).toString()).toBe('');
  });

  it('write the neutral form only in discreet mode, and no "?" for nothing', () => {
    expect(hrefWithSearch('/directory', 'type=legal', false)).toBe('/directory?type=legal');
    expect(hrefWithSearch('/directory', 'type=legal', true)).toBe(`/directory?${toNeutralSearch('type=legal')}`);
    expect(hrefWithSearch('/directory', '', true)).toBe('/directory');
  });
});

describe('links from a screening outcome into the directory', () => {
  const options = { region: '08', language: 'fa', serviceTypes: ['emergency-shelter', 'help-line'] };

  it('keep their readable filters normally', () => {
    expect(directoryHref(options)).toBe('/directory?region=08&lang=fa&type=emergency-shelter&type=help-line');
  });

  it('carry the same filters as one opaque parameter in discreet mode', () => {
    const href = directoryHref(options, true);
    expect(href).toMatch(/^\/directory\?v=[A-Za-z0-9_-]+$/);
    expect(href).not.toMatch(/shelter|help-line|region/);
    const back = fromNeutralSearch(new URL(href, 'https://passerelle.test').searchParams);
    expect(back.getAll('type')).toEqual(['emergency-shelter', 'help-line']);
    expect(back.get('region')).toBe('08');
  });
});
