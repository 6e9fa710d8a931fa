import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import type { HelpLineKey } from '../../../shared/help-lines.ts';
import { HelpLines } from './help-lines.tsx';

const MAIN_LINES: readonly HelpLineKey[] = ['emergency', 'sos-violence-conjugale', 'info-aide-violence-sexuelle', 'info-social'];

/** "Need help now?": the lines to call, shown before anything else, even with no article on the device. */
export function HelpBox() {
  const { t } = useTranslation(['prevention', 'common']);
  const titleId = useId();
  return (
    <section className="help-box" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('prevention:help.title')}</h2>
      <HelpLines lines={MAIN_LINES} />
      <p className="trace-note">
        {t('prevention:help.traceNote')} <Link href="/safety">{t('prevention:help.traceLink')}</Link>
      </p>
    </section>
  );
}
