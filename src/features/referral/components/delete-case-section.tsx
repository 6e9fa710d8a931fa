import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { deleteCase } from '../../../lib/cases/case-store.ts';
import { navigate } from '../../../lib/router.ts';

/** Deletes the case from this device, after a second tap. */
export function DeleteCaseSection({ caseId, code }: { caseId: string; code: string }) {
  const { t } = useTranslation(['screening']);
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <section className="case-section" aria-labelledby="case-delete">
      <h2 id="case-delete">{t('screening:case.deleteTitle')}</h2>
      {isConfirming ? (
        <p className="actions">
          <span role="alert">{t('screening:case.deleteConfirm', { code })}</span>
          <button
            type="button"
            className="button-danger"
            onClick={() =>
              deleteCase(caseId)
                .then(() => navigate('/cases', { replace: true }))
                .catch(reportStorageFailure)
            }
          >
            {t('screening:case.deleteYes')}
          </button>
          <button type="button" onClick={() => setIsConfirming(false)}>
            {t('screening:case.deleteNo')}
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setIsConfirming(true)}>
          {t('screening:case.delete')}
        </button>
      )}
    </section>
  );
}
