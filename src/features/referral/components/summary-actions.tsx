import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Print, share (where the device can) or copy the summary text. */
export function SummaryActions({ title, text, isEmpty }: { title: string; text: string; isEmpty: boolean }) {
  const { t } = useTranslation(['screening']);
  const [status, setStatus] = useState<string | null>(null);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({ title, text });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus(t('screening:summary.shareFailed'));
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('screening:summary.copied'));
    } catch {
      setStatus(t('screening:summary.copyFailed'));
    }
  }

  return (
    <>
      <p className="actions">
        <button type="button" className="button-primary" disabled={isEmpty} onClick={() => window.print()}>
          {t('screening:summary.print')}
        </button>
        {canShare && (
          <button type="button" disabled={isEmpty} onClick={() => void share()}>
            {t('screening:summary.share')}
          </button>
        )}
        <button type="button" disabled={isEmpty} onClick={() => void copy()}>
          {t('screening:summary.copy')}
        </button>
      </p>
      <p role="status" className="form-status">
        {status}
      </p>
    </>
  );
}
