import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { checkTabletPin, useTablet } from '../data/tablet-admin.ts';
import { waitLeft } from '../rate-limit.ts';
import { FormActions } from './form-actions.tsx';
import { SecretField } from './secret-field.tsx';

type Message = { kind: 'wrong' | 'wait'; seconds: number } | { kind: 'error' } | null;

interface Props {
  /** Why the PIN is asked (shown above the field). */
  intro: ReactNode;
  submitLabel: string;
  onVerified: () => void;
  onCancel?: () => void;
}

/**
 * Asks the organisation PIN. A wrong PIN gives a clear message and a growing delay that
 * survives a reload (the counter is on the device); the message says how long to wait.
 */
export function PinPrompt({ intro, submitLabel, onVerified, onCancel }: Props) {
  const { t } = useTranslation(['tablet']);
  const id = useId();
  const tablet = useTablet();
  const inputRef = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState('');
  const [isChecking, setIsChecking] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  // A delay left by earlier attempts (this visit or before a reload), computed once it is known.
  const [initialWait] = useState(() => ({ at: Date.now() }));
  const earlierWait = tablet && message === null ? waitLeft(tablet.config.attempts, initialWait.at) : 0;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isChecking) return;
    setIsChecking(true);
    try {
      const result = await checkTabletPin(pin);
      if (result.status === 'right') {
        onVerified();
        return;
      }
      setMessage({ kind: result.status, seconds: Math.ceil(result.waitMs / 1000) });
      setPin('');
      inputRef.current?.focus();
    } catch (error) {
      reportStorageFailure(error);
      setMessage({ kind: 'error' });
    } finally {
      setIsChecking(false);
    }
  }

  let text: string | null = null;
  if (message?.kind === 'wrong') {
    text = `${t('tablet:pin.wrong')} ${message.seconds > 0 ? t('tablet:pin.retryIn', { count: message.seconds }) : ''}`.trim();
  } else if (message?.kind === 'wait') {
    text = t('tablet:pin.tooEarly', { count: message.seconds });
  } else if (message?.kind === 'error') {
    text = t('tablet:pin.error');
  } else if (earlierWait > 0) {
    text = t('tablet:pin.tooEarly', { count: Math.ceil(earlierWait / 1000) });
  }

  return (
    <form className="pin-prompt" onSubmit={(event) => void handleSubmit(event)} noValidate>
      <p>{intro}</p>
      <SecretField
        id={`${id}-pin`}
        label={t('tablet:pin.label')}
        value={pin}
        onChange={setPin}
        inputRef={inputRef}
        alert={text}
        isInvalid={message?.kind === 'wrong'}
      />
      <FormActions
        submitLabel={submitLabel}
        busyLabel={t('tablet:pin.checking')}
        isBusy={isChecking}
        other={onCancel && { label: t('tablet:cancel'), onClick: onCancel }}
      />
    </form>
  );
}
