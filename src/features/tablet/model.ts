/**
 * First-run set-up: from the answers to the configuration. The answers themselves are
 * never stored (SAFETY.md rule 3, data minimisation): a stored "a woman's own phone"
 * would tell whoever opens the phone who uses it. Only what they imply is kept.
 */
import type { DeviceSettings } from '../../lib/settings.ts';
import { IDLE_MINUTES_MAX, IDLE_MINUTES_MIN, type TabletDoors } from '../../lib/tablet.ts';
import { checkNewPin, type PinProblem } from './pin.ts';

export const DEVICE_USERS = ['intervenor', 'sharedTablet', 'woman'] as const;
export type DeviceUser = (typeof DEVICE_USERS)[number];

export const OTHERS_MAY_LOOK = ['yes', 'no', 'unsure'] as const;
export type OthersMayLook = (typeof OTHERS_MAY_LOOK)[number];

export interface SetupAnswers {
  user: DeviceUser;
  /** Asked except for a shared tablet, where the answer is always yes. */
  othersMayLook: OthersMayLook;
  /** The language chosen in the first step. */
  language: string;
}

export type SetupSettings = Pick<
  DeviceSettings,
  'isSetUp' | 'language' | 'areCasesAllowed' | 'autoLockMinutes' | 'isQuickExitProminent' | 'isDiscreet'
>;

export interface SetupConfiguration {
  settings: SetupSettings;
  /** The next step sets up tablet mode (organisation PIN, doors, idle reset). */
  isTablet: boolean;
}

/** Auto-lock of an intervenor's device nobody else uses, and of one someone else may see. */
export const AUTO_LOCK_PRIVATE_MINUTES = 15;
export const AUTO_LOCK_SHARED_MINUTES = 5;

export function configurationFor(answers: SetupAnswers): SetupConfiguration {
  const { user, language } = answers;
  // "Not sure" is treated as "yes": the cost of a prominent exit button is small.
  const isSeenByOthers = user === 'sharedTablet' || answers.othersMayLook !== 'no';
  switch (user) {
    case 'intervenor':
      return {
        isTablet: false,
        settings: {
          isSetUp: true,
          language,
          areCasesAllowed: true,
          autoLockMinutes: isSeenByOthers ? AUTO_LOCK_SHARED_MINUTES : AUTO_LOCK_PRIVATE_MINUTES,
          isQuickExitProminent: false,
          isDiscreet: isSeenByOthers,
        },
      };
    case 'sharedTablet':
      // Nothing about a woman stays on a device that the next person picks up.
      return {
        isTablet: true,
        settings: {
          isSetUp: true,
          language,
          areCasesAllowed: false,
          autoLockMinutes: null,
          isQuickExitProminent: true,
          isDiscreet: true,
        },
      };
    case 'woman':
      return {
        isTablet: false,
        settings: {
          isSetUp: true,
          language,
          areCasesAllowed: false,
          autoLockMinutes: null,
          isQuickExitProminent: isSeenByOthers,
          isDiscreet: isSeenByOthers,
        },
      };
  }
}

/**
 * "Skip, go to the information": we know nothing about the device, so assume the most
 * exposed case — a woman's phone that someone else may look at.
 */
export function skippedConfiguration(language: string): SetupConfiguration {
  return configurationFor({ user: 'woman', othersMayLook: 'unsure', language });
}

/** Minutes typed in the idle-reset field, or null when it is not a whole number in range. */
export function parseIdleMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= IDLE_MINUTES_MIN && minutes <= IDLE_MINUTES_MAX ? minutes : null;
}

/** What the organisation chooses for tablet mode (besides the PIN). */
export interface TabletOptions {
  doors: TabletDoors;
  idleMinutes: number;
  defaultLanguage: string | null;
}

/** The tablet form as typed: text fields stay text until they are checked. */
export interface TabletDraft {
  pin: string;
  confirmation: string;
  doors: TabletDoors;
  idleMinutes: string;
  defaultLanguage: string;
}

export interface TabletDraftErrors {
  pin?: PinProblem | 'mismatch';
  idleMinutes?: 'invalid';
}

/** Checks the tablet form; `options` is set only when there is no error. */
export function validateTabletDraft(
  draft: TabletDraft,
  needsPin: boolean,
): { errors: TabletDraftErrors; options: TabletOptions | null } {
  const errors: TabletDraftErrors = {};
  const pinProblem = needsPin ? checkNewPin(draft.pin, draft.confirmation) : null;
  if (pinProblem) errors.pin = pinProblem;
  const idleMinutes = parseIdleMinutes(draft.idleMinutes);
  if (idleMinutes === null) errors.idleMinutes = 'invalid';
  const hasErrors = Object.keys(errors).length > 0;
  return {
    errors,
    options: hasErrors || idleMinutes === null ? null : { doors: draft.doors, idleMinutes, defaultLanguage: draft.defaultLanguage },
  };
}
