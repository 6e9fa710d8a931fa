import { useTranslation } from 'react-i18next';
import type { ServiceData } from '../../../shared/kinds/directory.ts';
import { formatList, languageName } from '../format.ts';
import { useExtraLanguageNames } from '../use-language-names.ts';

/** Languages the staff speak, and those offered through an interpreter. */
export function ServiceLanguages({ service }: { service: ServiceData }) {
  const { t, i18n } = useTranslation(['directory']);
  const lng = i18n.language;
  const extraNames = useExtraLanguageNames();
  const names = (codes: readonly string[]) => formatList(codes.map((code) => languageName(code, lng, extraNames)), lng);
  return (
    <section aria-labelledby="languages-title" className="detail-section">
      <h2 id="languages-title">{t('directory:detail.languages')}</h2>
      <p>{t('directory:detail.spoken', { languages: names(service.languagesSpoken) })}</p>
      {service.interpretationLanguages.length > 0 && <p>{t('directory:detail.interpretation', { languages: names(service.interpretationLanguages) })}</p>}
      {service.isInterpretationAdaptedToViolence && <p>{t('directory:detail.adapted')}</p>}
    </section>
  );
}
