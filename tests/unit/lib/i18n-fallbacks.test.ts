import { describe, expect, it } from 'vitest';
import { uiFallbacks } from '../../../src/lib/i18n/index.ts';

describe('interface catalogs a language falls back to', () => {
  it('stop at French, the source that has every key: no English catalog is loaded beside them', () => {
    expect(uiFallbacks('fr')).toEqual([]);
    expect(uiFallbacks('fr-CA')).toEqual(['fr']);
    expect(uiFallbacks('ar')).toEqual(['fr']);
    expect(uiFallbacks('ht')).toEqual(['fr']);
    expect(uiFallbacks('en')).toEqual(['fr']);
    expect(uiFallbacks('pt-BR')).toEqual(['pt', 'fr']);
  });
});
