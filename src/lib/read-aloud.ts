/**
 * Read-aloud with the Web Speech API. Only voices that run on the device are used: a
 * remote voice sends the text to its vendor's servers, and what a woman reads must not
 * leave the device (SAFETY.md rule 1). With no local voice for a language, there is no
 * read-aloud for it, and the button is not shown.
 */
import { useEffect, useState } from 'react';

/** The parts of a SpeechSynthesisVoice that choosing one needs. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
  name: string;
}

function primary(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

/**
 * The best on-device voice for `lang`: the same tag first (`fr-CA` for `fr-CA`), then the
 * same language (`fr-FR` for `fr`), the browser's default among equals.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = lang.toLowerCase();
  const candidates = voices.filter((voice) => voice.localService && primary(voice.lang) === primary(wanted));
  const rank = (voice: V) => (voice.lang.toLowerCase().replace('_', '-') === wanted ? 0 : 2) + (voice.default ? 0 : 1);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))[0];
}

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The voice for `lang`, updated when the browser finishes loading its voices. */
export function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => synthesis()?.getVoices() ?? []);
  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    const update = () => setVoices(speech.getVoices());
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, []);
  return pickVoice(voices, lang);
}

/**
 * Speaks `parts` one after another (one utterance per paragraph: long utterances are cut
 * off by some engines). `onEnd` runs once, after the last part or on cancel.
 */
export function speak(parts: readonly string[], voice: SpeechSynthesisVoice, onEnd: () => void): void {
  const speech = synthesis();
  if (!speech) return;
  speech.cancel();
  const texts = parts.filter((part) => part.trim().length > 0);
  if (texts.length === 0) {
    onEnd();
    return;
  }
  texts.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    if (index === texts.length - 1) {
      utterance.addEventListener('end', onEnd);
      utterance.addEventListener('error', onEnd);
    }
    speech.speak(utterance);
  });
}

export function stopSpeaking(): void {
  synthesis()?.cancel();
}
