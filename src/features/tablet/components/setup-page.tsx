import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { pickLanguage } from '../../../lib/i18n/languages.ts';
import { navigate } from '../../../lib/router.ts';
import { loadSettings, useSettings } from '../../../lib/settings.ts';
import { DEFAULT_TABLET_CONFIG, type TabletConfig } from '../../../lib/tablet.ts';
import { applySetup } from '../data/apply-setup.ts';
import { enabledTabletConfig, useTablet } from '../data/tablet-admin.ts';
import { configurationFor, skippedConfiguration, type DeviceUser, type OthersMayLook, type TabletOptions } from '../model.ts';
import { LanguageStep } from './language-step.tsx';
import { OthersStep } from './others-step.tsx';
import { PinPrompt } from './pin-prompt.tsx';
import { TabletStep } from './tablet-step.tsx';
import { UserStep } from './user-step.tsx';
import '../tablet.css';

type Step = 'language' | 'user' | 'others' | 'tablet';
const TOTAL_STEPS = 3;

/** Where to go once the set-up is applied: home from `/setup`, else the page it stood in for. */
function destinationAfterSetup(): string {
  const { pathname, search } = window.location;
  return pathname === '/setup' ? '/' : pathname + search;
}

/**
 * First-run set-up (`/setup`, or shown by the app in place of the page asked for), also
 * rerun from settings. The answers live only in this component's state — not in the URL,
 * not in storage — and are gone once applied.
 */
export default function SetupPage() {
  const { t, i18n } = useTranslation(['tablet']);
  const tablet = useTablet();
  const settings = useSettings();
  const [destination, setDestination] = useState<string | null>(null);
  const [step, setStep] = useState<Step>('language');
  const [hasMoved, setHasMoved] = useState(false);
  const [language, setLanguage] = useState<string | null>(null);
  const [user, setUser] = useState<DeviceUser | null>(null);
  const [isPinVerified, setIsPinVerified] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);

  const currentLanguage = () => language ?? pickLanguage([i18n.resolvedLanguage, i18n.language]);

  function go(next: Step) {
    setHasMoved(true);
    setStep(next);
  }

  // Leave only once the live settings show the set-up done, so that the app's gate, which
  // reads the same live settings, does not send the person back here with a stale value.
  useEffect(() => {
    if (destination !== null && settings.isSetUp) navigate(destination, { replace: true });
  }, [destination, settings.isSetUp]);

  async function apply(run: () => Promise<void>) {
    setIsBusy(true);
    setHasFailed(false);
    try {
      await run();
      setDestination(destinationAfterSetup());
    } catch (error) {
      reportStorageFailure(error);
      setHasFailed(true);
      setIsBusy(false);
    }
  }

  function finish(othersMayLook: OthersMayLook, tabletConfig: TabletConfig) {
    if (!user) return;
    const configuration = configurationFor({ user, othersMayLook, language: currentLanguage() });
    void apply(() => applySetup(configuration, tabletConfig));
  }

  function finishTablet(pin: string, options: TabletOptions) {
    if (!user) return;
    const configuration = configurationFor({ user, othersMayLook: 'yes', language: currentLanguage() });
    // Hash first (WebCrypto), then write everything in one transaction.
    void apply(async () => applySetup(configuration, await enabledTabletConfig(pin, options)));
  }

  async function skip() {
    setIsBusy(true);
    try {
      // A first run gets the most careful settings; a rerun keeps the settings it has.
      // Skipping never changes tablet mode: that needs the organisation's PIN.
      if (!(await loadSettings()).isSetUp) await applySetup(skippedConfiguration(currentLanguage()), 'keep');
    } catch (error) {
      reportStorageFailure(error);
    }
    // Even when nothing could be saved: the information is never held back by the set-up.
    navigate('/info', { replace: true });
  }

  const needsPin = tablet?.config.isEnabled === true && !isPinVerified;
  let body;
  if (destination !== null) {
    body = <p role="status">{t('tablet:setup.saving')}</p>;
  } else if (!tablet) {
    body = <p role="status">{t('tablet:loading')}</p>;
  } else if (needsPin) {
    body = <PinPrompt intro={t('tablet:setup.needPin')} submitLabel={t('tablet:setup.continue')} onVerified={() => setIsPinVerified(true)} />;
  } else if (step === 'language') {
    body = (
      <LanguageStep
        total={TOTAL_STEPS}
        shouldFocusTitle={hasMoved}
        onDone={(chosen) => {
          setLanguage(chosen);
          go('user');
        }}
      />
    );
  } else if (step === 'user') {
    body = (
      <UserStep
        total={TOTAL_STEPS}
        initial={user}
        onBack={() => go('language')}
        onDone={(chosen) => {
          setUser(chosen);
          go(chosen === 'sharedTablet' ? 'tablet' : 'others');
        }}
      />
    );
  } else if (step === 'others') {
    body = <OthersStep total={TOTAL_STEPS} isBusy={isBusy} onBack={() => go('user')} onDone={(answer) => finish(answer, DEFAULT_TABLET_CONFIG)} />;
  } else {
    body = <TabletStep total={TOTAL_STEPS} language={currentLanguage()} isBusy={isBusy} onBack={() => go('user')} onDone={finishTablet} />;
  }

  return (
    <section className="setup">
      <PageHeading title={t('tablet:setup.title')}>{t('tablet:setup.title')}</PageHeading>
      <p className="lead">{t('tablet:setup.intro')}</p>
      <div className="box setup-skip">
        <button type="button" className="link-button" onClick={() => void skip()} disabled={isBusy}>
          {t('tablet:setup.skip')}
        </button>
        <p className="field-hint">{settings.isSetUp ? t('tablet:setup.skipNoteRerun') : t('tablet:setup.skipNote')}</p>
      </div>
      {hasFailed && (
        <p role="alert" className="field-error">
          {t('tablet:setup.saveFailed')}
        </p>
      )}
      {body}
    </section>
  );
}
