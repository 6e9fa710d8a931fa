import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { findLanguage, pickLanguage } from '../../../lib/i18n/languages.ts';
import { resetSession } from '../../../lib/session-reset.ts';
import { enableTablet, changeTabletPin, leaveTabletMode, saveTabletOptions, useTablet } from '../data/tablet-admin.ts';
import type { TabletDraft, TabletOptions } from '../model.ts';
import { PinPrompt } from './pin-prompt.tsx';
import { TabletForm } from './tablet-form.tsx';
import '../tablet.css';

type Mode = 'view' | 'turnOn' | 'pinToManage' | 'pinToLeave' | 'manage';
type Notice = 'enabled' | 'saved' | 'left' | null;

/** Settings: shared-tablet mode. Turning it on sets the PIN; changing or leaving it asks for it. */
export function TabletSection() {
  const { t, i18n } = useTranslation(['tablet']);
  const tablet = useTablet();
  const [mode, setMode] = useState<Mode>('view');
  const [isBusy, setIsBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function run(action: () => Promise<void>, done: Notice) {
    setIsBusy(true);
    try {
      await action();
      setNotice(done);
      setMode('view');
    } catch (error) {
      reportStorageFailure(error);
    } finally {
      setIsBusy(false);
    }
  }

  function handleSave(newPin: string | null, options: TabletOptions) {
    if (mode === 'turnOn' && newPin) {
      void run(() => enableTablet(newPin, options), 'enabled');
      return;
    }
    void run(async () => {
      if (newPin) await changeTabletPin(newPin);
      await saveTabletOptions(options);
    }, 'saved');
  }

  const config = tablet?.config;
  const draft: TabletDraft = {
    pin: '',
    confirmation: '',
    doors: config?.doors ?? 'women',
    idleMinutes: String(config?.idleMinutes ?? 3),
    defaultLanguage: config?.defaultLanguage ?? pickLanguage([i18n.resolvedLanguage, i18n.language]),
  };
  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };

  let body;
  if (!config) {
    body = <p role="status">{t('tablet:loading')}</p>;
  } else if (mode === 'turnOn' || mode === 'manage') {
    body = (
      <TabletForm
        initial={draft}
        pinChoice={mode === 'turnOn' ? 'required' : 'optional'}
        submitLabel={mode === 'turnOn' ? t('tablet:section.turnOnSubmit') : t('tablet:section.save')}
        isBusy={isBusy}
        onSubmit={handleSave}
        onCancel={() => setMode('view')}
      />
    );
  } else if (mode === 'pinToManage' || mode === 'pinToLeave') {
    body = (
      <PinPrompt
        intro={t(mode === 'pinToLeave' ? 'tablet:section.pinToLeave' : 'tablet:section.pinToManage')}
        submitLabel={mode === 'pinToLeave' ? t('tablet:section.leave') : t('tablet:section.continue')}
        onVerified={() => (mode === 'pinToLeave' ? void run(leaveTabletMode, 'left') : setMode('manage'))}
        onCancel={() => setMode('view')}
      />
    );
  } else if (!config.isEnabled) {
    body = (
      <>
        <p>{t('tablet:section.offIntro')}</p>
        <button type="button" onClick={() => open('turnOn')}>
          {t('tablet:section.turnOn')}
        </button>
      </>
    );
  } else {
    const language = findLanguage(config.defaultLanguage ?? '')?.name ?? t('tablet:section.browserLanguage');
    body = (
      <>
        <ul className="status-list">
          <li>{t('tablet:section.isOn')}</li>
          <li>{t(`tablet:section.doors_${config.doors}`)}</li>
          <li>{t('tablet:section.idle', { count: config.idleMinutes })}</li>
          <li>{t('tablet:section.language', { language })}</li>
        </ul>
        <p className="field-hint">{t('tablet:section.endVisitHint')}</p>
        <p className="form-actions">
          <button type="button" className="button-primary" onClick={() => void resetSession('manual')}>
            {t('tablet:section.endVisit')}
          </button>
          <button type="button" onClick={() => open('pinToManage')}>
            {t('tablet:section.manage')}
          </button>
          <button type="button" onClick={() => open('pinToLeave')}>
            {t('tablet:section.leave')}
          </button>
        </p>
      </>
    );
  }

  return (
    <section aria-labelledby="tablet-title" className="settings-section">
      <h2 id="tablet-title">{t('tablet:section.title')}</h2>
      <p role="status" className={notice ? 'notice' : 'visually-empty'}>
        {notice ? t(`tablet:section.notice_${notice}`) : null}
      </p>
      {body}
    </section>
  );
}
