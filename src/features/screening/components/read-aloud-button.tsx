import { speak, useLocalVoice, useStopSpeakingOnUnmount } from '../../../lib/speech.ts';

/** Reads `text` aloud with an on-device voice for `lang`; renders nothing when there is none. */
export function ReadAloudButton({ text, lang, label, labelLang }: { text: string; lang: string; label: string; labelLang: string }) {
  const voice = useLocalVoice(lang);
  useStopSpeakingOnUnmount();
  if (!voice) return null;
  return (
    <button type="button" className="read-aloud" lang={labelLang} onClick={() => speak(text, voice)}>
      <svg aria-hidden="true" className="read-aloud-icon" viewBox="0 0 24 24" width="24" height="24">
        <path d="M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
      </svg>
      {label}
    </button>
  );
}
