import { describe, expect, it } from 'vitest';
import { pickLocalVoice, type VoiceLike } from '../../../src/lib/speech.ts';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({ name, lang, localService, default: isDefault });

describe('choosing a read-aloud voice', () => {
  const voices = [
    voice('Remote French', 'fr-FR', false, true),
    voice('Amélie', 'fr-CA'),
    voice('Thomas', 'fr-FR'),
    voice('Laila', 'ar-SA'),
    voice('Remote Persian', 'fa-IR', false),
  ];

  it('prefers an on-device voice of the exact language tag', () => {
    expect(pickLocalVoice(voices, 'fr-CA')?.name).toBe('Amélie');
  });

  it('takes an on-device voice of the same language when the tag differs', () => {
    expect(pickLocalVoice(voices, 'ar')?.name).toBe('Laila');
    expect(pickLocalVoice(voices, 'fr')?.name).toMatch(/Amélie|Thomas/);
  });

  it('never uses a voice that sends the text to a remote service', () => {
    expect(pickLocalVoice(voices, 'fa')).toBeNull();
    expect(pickLocalVoice(voices, 'fr-FR')?.name).toBe('Thomas');
  });

  it('finds nothing for a language without a voice, so the button is not shown', () => {
    expect(pickLocalVoice(voices, 'ta')).toBeNull();
    expect(pickLocalVoice([], 'fr')).toBeNull();
  });

  it('reads tags written with an underscore as some engines report them', () => {
    expect(pickLocalVoice([voice('Android Arabic', 'ar_EG')], 'ar')?.name).toBe('Android Arabic');
  });
});
