/**
 * Shift pressed three times within two seconds triggers quick exit (SAFETY.md rule 4,
 * the GOV.UK "Exit this page" pattern; not Escape, which dialogs and menus need).
 *
 * Pure: feed it key events, it answers whether the third press just completed. A press
 * counts on release, and only if no other key went down while Shift was held, so typing
 * capitals never counts; auto-repeat of a held Shift never counts either.
 */

/** The parts of a KeyboardEvent the detector reads. */
export interface KeyEventLike {
  type: 'keydown' | 'keyup';
  key: string;
  repeat: boolean;
  /** Milliseconds on a monotonic clock (`event.timeStamp`). */
  timeStamp: number;
}

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 2000;

export interface ShiftDetector {
  /** True when this event completes the third press inside the window. */
  handle(event: KeyEventLike): boolean;
  /** Forgets everything (e.g. when the window loses focus mid-press). */
  reset(): void;
}

export function createShiftDetector(presses = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS): ShiftDetector {
  let pressTimes: number[] = [];
  let isShiftDown = false;
  let wasModifier = false;

  function reset(): void {
    pressTimes = [];
    isShiftDown = false;
    wasModifier = false;
  }

  function handle(event: KeyEventLike): boolean {
    if (event.key !== 'Shift') {
      if (event.type === 'keydown') {
        // Shift used as a modifier (a capital letter), or any other key between presses.
        if (isShiftDown) wasModifier = true;
        pressTimes = [];
      }
      return false;
    }
    if (event.type === 'keydown') {
      if (event.repeat || isShiftDown) return false;
      isShiftDown = true;
      wasModifier = false;
      return false;
    }
    // keyup of Shift
    const counts = isShiftDown && !wasModifier;
    isShiftDown = false;
    wasModifier = false;
    if (!counts) return false;
    pressTimes = [...pressTimes, event.timeStamp].filter((time) => event.timeStamp - time <= windowMs);
    if (pressTimes.length < presses) return false;
    pressTimes = [];
    return true;
  }

  return { handle, reset };
}
