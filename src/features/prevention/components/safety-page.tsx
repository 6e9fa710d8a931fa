import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { EraseSection } from './erase-section.tsx';
import { HelpLines } from './help-lines.tsx';
import '../prevention.css';

/** `/safety`: the safety notice, one tap from every page (SAFETY.md rule 5). Plain headings and lists for screen readers. */
export default function SafetyPage() {
  const { t } = useTranslation(['prevention', 'common']);
  const ids = { monitored: useId(), traces: useId(), exit: useId(), device: useId(), discreet: useId() };
  return (
    <section className="prevention safety-page">
      <PageHeading title={t('prevention:safety.title')} neutralTitle={t('prevention:titles.safety')}>
        {t('prevention:safety.title')}
      </PageHeading>
      <p className="lead">{t('prevention:safety.intro')}</p>

      <section aria-labelledby={ids.monitored} className="safety-section">
        <h2 id={ids.monitored}>{t('prevention:safety.monitored.title')}</h2>
        <ul>
          <li>{t('prevention:safety.monitored.device')}</li>
          <li>{t('prevention:safety.monitored.apps')}</li>
          <li>{t('prevention:safety.monitored.accounts')}</li>
        </ul>
      </section>

      <section aria-labelledby={ids.traces} className="safety-section">
        <h2 id={ids.traces}>{t('prevention:safety.traces.title')}</h2>
        <ul>
          <li>{t('prevention:safety.traces.callLog')}</li>
          <li>{t('prevention:safety.traces.bill')}</li>
          <li>{t('prevention:safety.traces.texts')}</li>
          <li>{t('prevention:safety.traces.otherPhone')}</li>
        </ul>
      </section>

      <section aria-labelledby={ids.exit} className="safety-section">
        <h2 id={ids.exit}>{t('prevention:safety.exit.title')}</h2>
        <p>{t('prevention:safety.exit.button')}</p>
        <p>{t('prevention:safety.exit.keyboard')}</p>
        <p className="warning">{t('prevention:safety.exit.history')}</p>
        <p>
          <Link href="/settings">{t('prevention:safety.exit.settingsLink')}</Link>
        </p>
      </section>

      <EraseSection />

      <section aria-labelledby={ids.device} className="safety-section">
        <h2 id={ids.device}>{t('prevention:safety.device.title')}</h2>
        <p>{t('prevention:safety.device.body')}</p>
      </section>

      <section aria-labelledby={ids.discreet} className="safety-section">
        <h2 id={ids.discreet}>{t('prevention:safety.discreet.title')}</h2>
        <p>{t('prevention:safety.discreet.body')}</p>
        <p>
          <Link href="/settings">{t('prevention:safety.discreet.link')}</Link>
        </p>
      </section>

      <HelpLines lines={['emergency', 'sos-violence-conjugale']} />
    </section>
  );
}
