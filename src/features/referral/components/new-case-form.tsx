import { useTranslation } from 'react-i18next';
import { CaseCodeForm } from '../../../components/case-code-form.tsx';

/** Starts a case from scratch: an anonymous code and her consent to keep it on this device. */
export function NewCaseForm() {
  const { t } = useTranslation(['screening']);
  const labels = {
    code: t('screening:save.code'),
    codeHint: t('screening:save.codeHint'),
    consent: t('screening:save.consent'),
    codeRequired: t('screening:save.codeRequired'),
    consentRequired: t('screening:save.consentRequired'),
    notAllowed: t('screening:save.notAllowed'),
    failed: t('screening:save.failed'),
    submit: t('screening:cases.create'),
  };

  return (
    <CaseCodeForm className="box" labelledBy="new-case-title" labels={labels}>
      <h2 id="new-case-title">{t('screening:cases.newTitle')}</h2>
    </CaseCodeForm>
  );
}
