import { describe, expect, it } from 'vitest';
import {
  configurationFor,
  parseIdleMinutes,
  skippedConfiguration,
  validateTabletDraft,
  type TabletDraft,
} from '../../../src/features/tablet/model.ts';
import { deviceSettingsSchema } from '../../../src/lib/device-schemas.ts';
import { DEFAULT_SETTINGS } from '../../../src/lib/settings.ts';

describe('set-up answers → configuration', () => {
  it("keeps cases on an intervenor's own device that nobody else uses", () => {
    expect(configurationFor({ user: 'intervenor', othersMayLook: 'no', language: 'fr' })).toEqual({
      isTablet: false,
      settings: {
        isSetUp: true,
        language: 'fr',
        areCasesAllowed: true,
        autoLockMinutes: 15,
        isQuickExitProminent: false,
        isDiscreet: false,
      },
    });
  });

  it("locks sooner and turns discreet mode on when someone else may see an intervenor's device", () => {
    const { settings } = configurationFor({ user: 'intervenor', othersMayLook: 'yes', language: 'en' });
    expect(settings).toMatchObject({ areCasesAllowed: true, autoLockMinutes: 5, isDiscreet: true, language: 'en' });
  });

  it("turns cases off on a woman's own phone", () => {
    const { settings, isTablet } = configurationFor({ user: 'woman', othersMayLook: 'no', language: 'ar' });
    expect(isTablet).toBe(false);
    expect(settings).toMatchObject({ areCasesAllowed: false, autoLockMinutes: null, isQuickExitProminent: false, isDiscreet: false });
  });

  it("makes quick exit prominent and titles discreet when someone may check the woman's phone", () => {
    for (const othersMayLook of ['yes', 'unsure'] as const) {
      const { settings } = configurationFor({ user: 'woman', othersMayLook, language: 'fr' });
      expect(settings).toMatchObject({ areCasesAllowed: false, isQuickExitProminent: true, isDiscreet: true });
    }
  });

  it('sends a shared tablet on to tablet mode, with cases off whatever the other answer', () => {
    for (const othersMayLook of ['yes', 'no', 'unsure'] as const) {
      const result = configurationFor({ user: 'sharedTablet', othersMayLook, language: 'fr' });
      expect(result.isTablet).toBe(true);
      expect(result.settings).toMatchObject({ areCasesAllowed: false, isQuickExitProminent: true, isDiscreet: true });
    }
  });

  it('gives settings the device schema accepts, for every combination', () => {
    for (const user of ['intervenor', 'sharedTablet', 'woman'] as const) {
      for (const othersMayLook of ['yes', 'no', 'unsure'] as const) {
        const { settings } = configurationFor({ user, othersMayLook, language: 'fr' });
        expect(deviceSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...settings }).success).toBe(true);
      }
    }
  });

  it('treats a skipped set-up as the most exposed case: a phone someone may check', () => {
    const { settings, isTablet } = skippedConfiguration('fa');
    expect(isTablet).toBe(false);
    expect(settings).toMatchObject({ isSetUp: true, language: 'fa', areCasesAllowed: false, isQuickExitProminent: true, isDiscreet: true });
  });
});

describe('the tablet form', () => {
  const draft: TabletDraft = { pin: '482913', confirmation: '482913', doors: 'women', idleMinutes: '3', defaultLanguage: 'fr' };

  it('accepts whole minutes from 1 to 60 only', () => {
    expect(parseIdleMinutes('1')).toBe(1);
    expect(parseIdleMinutes(' 60 ')).toBe(60);
    for (const bad of ['0', '61', '2.5', '', 'trois', '-3']) expect(parseIdleMinutes(bad)).toBeNull();
  });

  it('gives the options when everything is valid', () => {
    expect(validateTabletDraft(draft, true)).toEqual({
      errors: {},
      options: { doors: 'women', idleMinutes: 3, defaultLanguage: 'fr' },
    });
  });

  it('reports every problem and gives no options', () => {
    const result = validateTabletDraft({ ...draft, pin: '4829', confirmation: '4829', idleMinutes: '0' }, true);
    expect(result).toEqual({ errors: { pin: 'tooShort', idleMinutes: 'invalid' }, options: null });
  });

  it('ignores the PIN fields when no new PIN is asked', () => {
    expect(validateTabletDraft({ ...draft, pin: '', confirmation: '' }, false).options).not.toBeNull();
  });
});
