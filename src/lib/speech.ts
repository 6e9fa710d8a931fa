/**
 * Reading text aloud with the Web Speech API, for the handover view. Only voices that run
 * on the device (`localService`) are used: a network voice would send her question to
 * another company's server (SAFETY.md rule 1). No voice for a language → no button.
 */
import { useEffect, useSyncExternalStore } from 'react';

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

function subscribe(listener: () => void): () => void {
  const speech = synthesis();
  speech?.addEventListener('voiceschanged', listener);
  return () => speech?.removeEventListener('voiceschanged', listener);
}

const NO_VOICES: SpeechSynthesisVoice[] = [];
let lastVoices: SpeechSynthesisVoice[] = NO_VOICES;

function voicesSnapshot(): SpeechSynthesisVoice[] {
  const voices = synthesis()?.getVoices() ?? NO_VOICES;
  // getVoices() returns a new array each call: keep the previous one while nothing changed.
  if (voices.length !== lastVoices.length || voices.some((voice, index) => voice !== lastVoices[index])) lastVoices = voices;
  return lastVoices;
}

/** The best on-device voice for `lang` (`ar` matches `ar-SA`), or null. */
export function pickLocalVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const wanted = lang.toLowerCase();
  const local = voices.filter((voice) => voice.localService);
  const matches = local.filter((voice) => {
    const code = voice.lang.toLowerCase().replace('_', '-');
    return code === wanted || code.startsWith(`${wanted}-`);
  });
  return matches.find((voice) => voice.default) ?? matches[0] ?? null;
}

/** A live on-device voice for `lang`; null when there is none (or no speech at all). */
export function useLocalVoice(lang: string): SpeechSynthesisVoice | null {
  const voices = useSyncExternalStore(subscribe, voicesSnapshot, () => NO_VOICES);
  return pickLocalVoice(voices, lang);
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  const speech = synthesis();
  if (!speech) return;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  speech.speak(utterance);
}

/** Stops any reading when the component that started it goes away. */
export function useStopSpeakingOnUnmount(): void {
  useEffect(() => () => synthesis()?.cancel(), []);
}
