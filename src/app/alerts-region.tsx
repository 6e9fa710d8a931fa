import { useTranslation } from 'react-i18next';
import { dismissAlert, useAlerts } from '../lib/alerts.ts';

/** Problems the user must know about (a full disk), announced and kept until dismissed. */
export function AlertsRegion() {
  const { t } = useTranslation();
  const alerts = useAlerts();
  return (
    <div role="alert" className="alerts">
      {alerts.map((kind) => (
        <p key={kind} className="alert">
          {t(`alerts.${kind}`)}{' '}
          <button type="button" onClick={() => dismissAlert(kind)}>
            {t('alerts.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
