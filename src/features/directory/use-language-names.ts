import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Languages of Québec that Intl.DisplayNames does not name; their names are in the catalogs. */
const UNNAMED_BY_INTL = ['alq', 'nsk', 'abe'] as const;

/** Names, from the catalogs, of the languages Intl.DisplayNames does not know. */
export function useExtraLanguageNames(): Readonly<Record<string, string>> {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  return useMemo(
    () => Object.fromEntries(UNNAMED_BY_INTL.map((code) => [code, t(`directory:languageNames.${code}`, { lng })])),
    [t, lng],
  );
}
