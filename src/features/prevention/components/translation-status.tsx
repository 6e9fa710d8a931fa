import { useTranslation } from 'react-i18next';
import type { TranslationStatus as Status } from '../../../shared/languages.ts';
import { translationStatusKey } from '../model.ts';
import { Pictogram } from './pictogram.tsx';

/** How far the text can be trusted (CONTENT.md): small, but always there. */
export function TranslationStatus({ status }: { status: Status }) {
  const { t } = useTranslation(['prevention', 'common']);
  return (
    <p className="translation-status" data-status={status}>
      <Pictogram name="info" />
      {t(translationStatusKey(status))}
    </p>
  );
}
