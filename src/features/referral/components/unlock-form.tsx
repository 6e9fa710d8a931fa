import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WrongPassphraseError } from '../../../lib/crypto/passphrase-cipher.ts';
import { unlockAllCases, unlockCase } from '../../../lib/cases/case-store.ts';

/** Asks for the passphrase of one locked case, or tries it on every locked case. Never writes. */
export function UnlockForm({ caseId }: { caseId?: string }) {
  const { t } = useTranslation(['screening']);
  const inputId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'status'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    setIsBusy(true);
    setMessage({ kind: 'status', text: t('screening:lock.opening') });
    try {
      if (caseId) {
        await unlockCase(caseId, passphrase);
        setMessage(null);
      } else {
        const { opened, locked } = await unlockAllCases(passphrase);
        setMessage(
          opened === 0
            ? { kind: 'error', text: t('screening:lock.wrongPassphrase') }
            : { kind: 'status', text: t('screening:lock.openedSome', { opened, locked }) },
        );
      }
      setPassphrase('');
    } catch (error) {
      setMessage({
        kind: 'error',
        text: error instanceof WrongPassphraseError ? t('screening:lock.wrongPassphrase') : t('screening:lock.failed'),
      });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <form className="unlock-form" onSubmit={(event) => void handleSubmit(event)}>
      <p className="field">
        <label htmlFor={inputId}>{caseId ? t('screening:lock.passphrase') : t('screening:lock.passphraseAll')}</label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <button type="submit" className="button-primary" disabled={isBusy}>
          {caseId ? t('screening:lock.unlock') : t('screening:lock.unlockAll')}
        </button>
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'form-error' : 'form-status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
