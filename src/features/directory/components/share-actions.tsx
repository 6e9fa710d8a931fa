import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Share the sheet (Web Share API, else copy the link) or print it. */
export function ShareActions({ title }: { title: string }) {
  const { t } = useTranslation(['directory']);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = typeof window === 'undefined' ? '' : window.location.href;

  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Cancelled by the person: nothing to do. Anything else falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <section aria-label={t('directory:detail.actions')} className="share-actions">
      <button type="button" onClick={() => void share()}>
        {t('directory:detail.share')}
      </button>
      <button type="button" onClick={() => window.print()}>
        {t('directory:detail.print')}
      </button>
      <p role="status">
        {status === 'copied' && t('directory:detail.copied')}
        {status === 'failed' && t('directory:detail.copyFailed')}
      </p>
      {status === 'failed' && <input type="text" readOnly value={url} aria-label={t('directory:detail.linkLabel')} onFocus={(event) => event.currentTarget.select()} />}
    </section>
  );
}
