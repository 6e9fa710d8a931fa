import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { useSettings } from '../../../lib/settings.ts';
import { useTablet } from '../data/tablet-admin.ts';

/**
 * Settings: what the first-run set-up configured, in plain words, and the way to run it
 * again. Not the answers themselves: they are never stored.
 */
export function DeviceSetupSection() {
  const { t } = useTranslation(['tablet']);
  const settings = useSettings();
  const tablet = useTablet();
  return (
    <section aria-labelledby="device-setup-title" className="settings-section">
      <h2 id="device-setup-title">{t('tablet:device.title')}</h2>
      {settings.isSetUp ? (
        <ul className="status-list">
          <li>{settings.areCasesAllowed ? t('tablet:device.casesAllowed') : t('tablet:device.casesNotAllowed')}</li>
          <li>
            {settings.autoLockMinutes === null
              ? t('tablet:device.autoLockNever')
              : t('tablet:device.autoLock', { count: settings.autoLockMinutes })}
          </li>
          <li>{settings.isQuickExitProminent ? t('tablet:device.quickExitProminent') : t('tablet:device.quickExitStandard')}</li>
          <li>{settings.isDiscreet ? t('tablet:device.discreetOn') : t('tablet:device.discreetOff')}</li>
        </ul>
      ) : (
        <p>{t('tablet:device.notSetUp')}</p>
      )}
      {tablet?.config.isEnabled && <p className="field-hint">{t('tablet:device.redoNeedsPin')}</p>}
      <p>
        <Link href="/setup" className="button-link">
          {t('tablet:device.redo')}
        </Link>
      </p>
    </section>
  );
}
