import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speakParts, stopSpeaking, useLocalVoice } from '../../../lib/speech.ts';
import { Pictogram } from './pictogram.tsx';

/** Reads the article aloud with an on-device voice of its language; absent when there is none. */
export function ReadAloudButton({ lang, parts }: { lang: string; parts: readonly string[] }) {
  const { t } = useTranslation(['prevention', 'common']);
  const voice = useLocalVoice(lang);
  const [isSpeaking, setIsSpeaking] = useState(false);

  // Leaving the page, or another text to read, stops the voice (which ends the speaking state).
  useEffect(() => () => stopSpeaking(), [lang, parts]);

  if (!voice) return null;

  function toggle() {
    if (!voice) return;
    if (isSpeaking) {
      stopSpeaking();
      setIsSpeaking(false);
      return;
    }
    setIsSpeaking(true);
    speakParts(parts, voice, () => setIsSpeaking(false));
  }

  return (
    <button type="button" className="read-aloud" onClick={toggle}>
      <Pictogram name={isSpeaking ? 'stop' : 'speaker'} />
      {isSpeaking ? t('prevention:article.stop') : t('prevention:article.listen')}
    </button>
  );
}
