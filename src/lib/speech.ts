/**
 * Reading text aloud with the Web Speech API (the screening handover view, the women's
 * articles). Only voices that run on the device (`localService`) are used: a network
 * voice would send what she reads to another company's server (SAFETY.md rule 1). No
 * voice for a language → no read-aloud button for it.
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

/** The parts of a SpeechSynthesisVoice that choosing one needs. */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
  name: string;
}

function normalize(tag: string): string {
  return tag.toLowerCase().replace('_', '-');
}

/**
 * The best on-device voice for `lang`, or null: the same tag first (`fr-CA` for `fr-CA`),
 * then the same language (`ar-SA` for `ar`, `fr-FR` for `fr-CA`), the browser's default
 * among equals.
 */
export function pickLocalVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
  const wanted = normalize(lang);
  const primary = (tag: string) => tag.split('-')[0] ?? '';
  const candidates = voices.filter((voice) => voice.localService && primary(normalize(voice.lang)) === primary(wanted));
  const rank = (voice: V) => (normalize(voice.lang) === wanted ? 0 : 2) + (voice.default ? 0 : 1);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))[0] ?? null;
}

/** A live on-device voice for `lang`; null when there is none (or no speech at all). */
export function useLocalVoice(lang: string): SpeechSynthesisVoice | null {
  const voices = useSyncExternalStore(subscribe, voicesSnapshot, () => NO_VOICES);
  return pickLocalVoice(voices, lang);
}

export function speak(text: string, voice: SpeechSynthesisVoice): void {
  speakParts([text], voice, () => {});
}

/**
 * Speaks `parts` one after another (one utterance per paragraph: some engines cut long
 * utterances off). `onEnd` runs once, after the last part or when it is cancelled.
 */
export function speakParts(parts: readonly string[], voice: SpeechSynthesisVoice, onEnd: () => void): void {
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

/** Stops any reading when the component that started it goes away. */
export function useStopSpeakingOnUnmount(): void {
  useEffect(() => () => synthesis()?.cancel(), []);
}
