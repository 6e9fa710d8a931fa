import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../../../src/shared/languages.ts';
import { resolveText } from '../../../src/shared/localized.ts';

describe('fallbackChain', () => {
  it('tries the language, then French, then English', () => {
    expect(fallbackChain('ar')).toEqual(['ar', 'fr', 'en']);
  });

  it('tries the base language of a regional code before French', () => {
    expect(fallbackChain('pt-BR')).toEqual(['pt-BR', 'pt', 'fr', 'en']);
  });

  it('does not repeat French or English', () => {
    expect(fallbackChain('fr')).toEqual(['fr', 'en']);
    expect(fallbackChain('en')).toEqual(['en', 'fr']);
  });

  it('sends Haitian Creole readers to French before English', () => {
    expect(fallbackChain('ht')).toEqual(['ht', 'fr', 'en']);
  });
});

describe('resolveText', () => {
  const text = { fr: 'Bonjour', en: 'Hello', ar: 'مرحبا' };

  it('returns the text in the asked language and says which language it is', () => {
    expect(resolveText(text, 'ar')).toEqual({ text: 'مرحبا', lang: 'ar' });
  });

  it('falls back to French when the language is missing', () => {
    expect(resolveText(text, 'fa')).toEqual({ text: 'Bonjour', lang: 'fr' });
  });

  it('falls back to English when French is missing too', () => {
    expect(resolveText({ en: 'Hello', es: 'Hola' }, 'zh')).toEqual({ text: 'Hello', lang: 'en' });
  });

  it('uses any language present as a last resort, and empty text for nothing', () => {
    expect(resolveText({ es: 'Hola' }, 'zh')).toEqual({ text: 'Hola', lang: 'es' });
    expect(resolveText(undefined, 'fr')).toEqual({ text: '', lang: 'fr' });
  });
});
