import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { forgetKey } from '../../../lib/cases/case-session.ts';
import { lockCase, removeLock } from '../../../lib/cases/case-store.ts';

const MIN_PASSPHRASE = 10;

/** Locks the case with a passphrase (encrypted on the device), locks it again now, or removes the lock. */
export function LockSection({ caseId, isLocked }: { caseId: string; isLocked: boolean }) {
  const { t } = useTranslation(['screening']);
  const ids = { passphrase: useId(), confirm: useId(), hint: useId() };
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function handleLock(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE) return setMessage({ kind: 'error', text: t('screening:lock.tooShort', { count: MIN_PASSPHRASE }) });
    if (passphrase !== confirmation) return setMessage({ kind: 'error', text: t('screening:lock.mismatch') });
    setIsBusy(true);
    try {
      await lockCase(caseId, passphrase);
      setPassphrase('');
      setConfirmation('');
      setMessage({ kind: 'status', text: t('screening:lock.locked') });
    } catch (error) {
      reportStorageFailure(error);
      setMessage({ kind: 'error', text: t('screening:lock.failed') });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="case-section" aria-labelledby="case-lock">
      <h2 id="case-lock">{t('screening:lock.title')}</h2>
      {isLocked ? (
        <>
          <p>{t('screening:lock.isLocked')}</p>
          <p className="actions">
            <button type="button" className="button-primary" onClick={() => forgetKey(caseId)}>
              {t('screening:lock.lockNow')}
            </button>
            <button type="button" onClick={() => removeLock(caseId).catch(reportStorageFailure)}>
              {t('screening:lock.remove')}
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={(event) => void handleLock(event)} noValidate>
          <p id={ids.hint} className="hint">
            {t('screening:lock.explain')}
          </p>
          <p className="field">
            <label htmlFor={ids.passphrase}>{t('screening:lock.newPassphrase')}</label>
            <input
              id={ids.passphrase}
              type="password"
              autoComplete="new-password"
              aria-describedby={ids.hint}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </p>
          <p className="field">
            <label htmlFor={ids.confirm}>{t('screening:lock.confirmPassphrase')}</label>
            <input
              id={ids.confirm}
              type="password"
              autoComplete="new-password"
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
            />
          </p>
          <button type="submit" className="button-primary" disabled={isBusy}>
            {t('screening:lock.lock')}
          </button>
        </form>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
