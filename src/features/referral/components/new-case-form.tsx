import { useTranslation } from 'react-i18next';
import { CaseCodeForm } from '../../../components/case-code-form.tsx';

/** Starts a case from scratch: an anonymous code and her consent to keep it on this device. */
export function NewCaseForm() {
  const { t } = useTranslation(['screening']);

  return (
    <CaseCodeForm className="box" labelledBy="new-case-title" submitLabel={t('screening:cases.create')}>
      <h2 id="new-case-title">{t('screening:cases.newTitle')}</h2>
    </CaseCodeForm>
  );
}
