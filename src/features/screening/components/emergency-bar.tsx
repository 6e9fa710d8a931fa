import { useTranslation } from 'react-i18next';

/** "Immediate danger" one tap away on every screening screen: 911 and SOS violence conjugale. */
export function EmergencyBar() {
  const { t } = useTranslation(['screening']);
  return (
    <aside className="emergency-bar" aria-label={t('screening:emergency.label')}>
      <a className="call-button" href="tel:911">
        {t('screening:emergency.call911')}
      </a>
      <a className="call-button" href="tel:18003639010">
        {t('screening:emergency.callSos')}
      </a>
    </aside>
  );
}
