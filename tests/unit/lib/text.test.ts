import { describe, expect, it } from 'vitest';
import { foldText, tokenize } from '../../../src/lib/text/index.ts';

describe('text folding', () => {
  it('removes accents and case from Latin text', () => {
    expect(foldText('Hébergement')).toBe(foldText('hebergement'));
    expect(foldText('MAISON')).toBe('maison');
    expect(foldText('Œuvre Straße Ça')).toBe('oeuvre strasse ca');
    expect(foldText('Tiếng Việt đẹp')).toBe('tieng viet dep');
  });

  it('folds Cyrillic and Greek diacritics', () => {
    expect(foldText('Ёлка')).toBe(foldText('елка'));
    expect(foldText('Ελλάδα')).toBe('ελλαδα');
  });

  it('removes Arabic harakat and tatweel', () => {
    expect(foldText('مَأْوَى')).toBe(foldText('مأوى'));
    expect(foldText('مـــأوى')).toBe(foldText('مأوى'));
  });

  it('folds alef with hamza or madda to bare alef', () => {
    for (const variant of ['أمان', 'إمان', 'آمان', 'ٱمان']) expect(foldText(variant)).toBe('امان');
  });

  it('folds Persian and Arabic letter variants together', () => {
    expect(foldText('کمک')).toBe(foldText('كمك'));
    expect(foldText('یاری')).toBe(foldText('ياري'));
    expect(foldText('مدرسة')).toBe(foldText('مدرسه'));
    expect(foldText('على')).toBe(foldText('علي'));
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(foldText('٩١١ ۹۱۱')).toBe('911 911');
  });

  it('turns full-width Latin and Arabic presentation forms into ordinary letters', () => {
    expect(foldText('ＳＯＳ')).toBe('sos');
    expect(foldText('\ufe8e')).toBe('ا');
  });

  it('keeps the vowel signs of Indic scripts, which change words', () => {
    expect(foldText('தமிழ்')).toBe('தமிழ்');
    expect(foldText('ਪੰਜਾਬੀ')).toBe('ਪੰਜਾਬੀ');
  });
});

describe('tokenizing', () => {
  it('splits French on apostrophes and hyphens and drops one-letter elisions when indexing', () => {
    expect(tokenize("L'hébergement d'urgence à Saint-Jérôme", { forIndex: true })).toEqual(['hebergement', 'urgence', 'saint', 'jerome']);
    expect(tokenize('a')).toEqual(['a']);
  });

  it('segments Chinese into words and indexes the tails of long words', () => {
    const tokens = tokenize('为遭受伴侣暴力的妇女提供紧急庇护所服务', { forIndex: true });
    expect(tokens).toEqual(expect.arrayContaining(['伴侣', '暴力', '妇女', '庇护所', '护所', '服务']));
    expect(tokenize('庇护所')).toEqual(['庇护所']);
  });

  it('segments Japanese', () => {
    expect(tokenize('日本語のテキスト')).toEqual(expect.arrayContaining(['日本語', 'テキスト']));
  });

  it('indexes Persian words joined by a zero-width non-joiner both joined and apart', () => {
    expect(tokenize('می‌خواهم', { forIndex: true })).toEqual(['مي', 'خواهم', 'ميخواهم']);
    expect(tokenize('می‌خواهم')).toEqual(['ميخواهم']);
  });

  it('keeps numbers, even a single digit', () => {
    expect(tokenize('24/7', { forIndex: true })).toEqual(['24', '7']);
  });
});
