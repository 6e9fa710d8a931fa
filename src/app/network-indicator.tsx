import { useTranslation } from 'react-i18next';
import { useOnline } from '../lib/network.ts';

export function NetworkIndicator() {
  const { t } = useTranslation();
  const isOnline = useOnline();
  return (
    <p className="status-line network-indicator" data-online={isOnline} role="status">
      <span aria-hidden="true" className="network-dot" />
      {isOnline ? t('network.online') : t('network.offline')}
    </p>
  );
}
