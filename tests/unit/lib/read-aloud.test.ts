import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from '../../../src/lib/read-aloud.ts';

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
    expect(pickVoice(voices, 'fr-CA')?.name).toBe('Amélie');
  });

  it('takes an on-device voice of the same language when the tag differs', () => {
    expect(pickVoice(voices, 'ar')?.name).toBe('Laila');
    expect(pickVoice(voices, 'fr')?.name).toMatch(/Amélie|Thomas/);
  });

  it('never uses a voice that sends the text to a remote service', () => {
    expect(pickVoice(voices, 'fa')).toBeUndefined();
    expect(pickVoice(voices, 'fr-FR')?.name).toBe('Thomas');
  });

  it('finds nothing for a language without a voice, so the button is not shown', () => {
    expect(pickVoice(voices, 'ta')).toBeUndefined();
    expect(pickVoice([], 'fr')).toBeUndefined();
  });

  it('reads tags written with an underscore as some engines report them', () => {
    expect(pickVoice([voice('Android Arabic', 'ar_EG')], 'ar')?.name).toBe('Android Arabic');
  });
});
