import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { useSettings } from '../../../lib/settings.ts';
import { QuickExitButton } from './quick-exit-button.tsx';
import '../quick-exit.css';

/**
 * The strip on top of every page: the safety notice one tap away (rule 5) and quick exit
 * (rule 4). Sticky and above every other layer, so no banner or prompt ever covers it.
 */
export function QuickExitBar() {
  const { t } = useTranslation();
  const { isDiscreet, isQuickExitProminent } = useSettings();
  return (
    <aside className="quick-exit-bar" data-prominent={isQuickExitProminent} aria-label={t('quickExit.region')}>
      <Link href="/safety" className="safety-link">
        {isDiscreet ? t('quickExit.safetyDiscreet') : t('quickExit.safety')}
      </Link>
      <QuickExitButton />
    </aside>
  );
}
