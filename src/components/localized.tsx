import { useTranslation } from 'react-i18next';
import { directionOf } from '../lib/i18n/index.ts';
import { type LocalizedText, resolveText } from '../shared/localized.ts';

/**
 * Content text in the reader's language, or in the fallback language it exists in. A
 * fallback is marked with its own `lang` and `dir`, so screen readers pronounce it right
 * and French text keeps its punctuation inside an Arabic page (WCAG 3.1.2).
 */
export function Localized({ text }: { text: LocalizedText | undefined }) {
  const { i18n } = useTranslation();
  const resolved = resolveText(text, i18n.language);
  if (resolved.lang === i18n.language) return resolved.text;
  return (
    <span lang={resolved.lang} dir={directionOf(resolved.lang)}>
      {resolved.text}
    </span>
  );
}
