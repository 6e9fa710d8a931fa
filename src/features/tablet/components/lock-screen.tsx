import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { unlock } from '../../../lib/lock.ts';
import { NO_PIN_ATTEMPTS } from '../../../lib/tablet.ts';
import { afterFailure, waitLeft } from '../rate-limit.ts';
import { FormActions } from './form-actions.tsx';
import { SecretField } from './secret-field.tsx';
import '../tablet.css';

type Message = { kind: 'wrong' | 'wait'; seconds: number } | { kind: 'error' } | null;

// Kept for the page's lifetime: the passphrase check itself (PBKDF2, SAFETY.md rule 3) is slow anyway.
let attempts = NO_PIN_ATTEMPTS;

/**
 * The intervenor lock: shown instead of an intervenor page after the idle delay when
 * passphrase-protected data exists. Women's pages stay open (link below).
 */
export default function LockScreen() {
  const { t } = useTranslation(['tablet']);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [isChecking, setIsChecking] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isChecking) return;
    const early = waitLeft(attempts, Date.now());
    if (early > 0) {
      setMessage({ kind: 'wait', seconds: Math.ceil(early / 1000) });
      return;
    }
    setIsChecking(true);
    try {
      if (await unlock(passphrase)) {
        attempts = NO_PIN_ATTEMPTS;
        return;
      }
      attempts = afterFailure(attempts, Date.now());
      setMessage({ kind: 'wrong', seconds: Math.ceil(waitLeft(attempts, Date.now()) / 1000) });
      setPassphrase('');
      inputRef.current?.focus();
    } catch (error) {
      console.error('The passphrase could not be checked.', error);
      setMessage({ kind: 'error' });
    } finally {
      setIsChecking(false);
    }
  }

  let text: string | null = null;
  if (message?.kind === 'wrong') text = `${t('tablet:lock.wrong')} ${t('tablet:pin.retryIn', { count: message.seconds })}`;
  else if (message?.kind === 'wait') text = t('tablet:pin.tooEarly', { count: message.seconds });
  else if (message?.kind === 'error') text = t('tablet:lock.error');

  return (
    <section className="lock-screen">
      <PageHeading title={t('tablet:lock.title')}>{t('tablet:lock.title')}</PageHeading>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <p>{t('tablet:lock.body')}</p>
        <SecretField
          id={`${id}-passphrase`}
          secret="passphrase"
          label={t('tablet:lock.label')}
          value={passphrase}
          onChange={setPassphrase}
          inputRef={inputRef}
          alert={text}
          isInvalid={message?.kind === 'wrong'}
        />
        <FormActions submitLabel={t('tablet:lock.submit')} busyLabel={t('tablet:pin.checking')} isBusy={isChecking} />
      </form>
      <p>
        <Link href="/info">{t('tablet:lock.womenInfo')}</Link>
      </p>
    </section>
  );
}
