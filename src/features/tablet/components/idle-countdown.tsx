import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import '../tablet.css';

interface Props {
  secondsLeft: number;
  onStay: () => void;
}

/**
 * "Are you still there?" before a shared tablet resets. An alertdialog, announced once
 * when it opens; the seconds are a `timer` (not live) so screen readers are not read a
 * number every second. Any touch or key anywhere cancels it (the idle timer listens).
 */
export default function IdleCountdown({ secondsLeft, onStay }: Props) {
  const { t } = useTranslation(['tablet']);
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog role="alertdialog" labelledBy="idle-title" describedBy="idle-body" onClose={onStay} initialFocus={stayRef}>
      <h2 id="idle-title">{t('tablet:idle.title')}</h2>
      <p id="idle-body">{t('tablet:idle.body')}</p>
      <p className="idle-seconds" role="timer" aria-label={t('tablet:idle.secondsLeft', { count: secondsLeft })}>
        {secondsLeft}
      </p>
      <p className="modal-actions">
        <button ref={stayRef} type="button" className="button-primary" onClick={onStay}>
          {t('tablet:idle.stay')}
        </button>
      </p>
    </ModalDialog>
  );
}
