import { describe, expect, it } from 'vitest';
import { createShiftDetector, type KeyEventLike } from '../../../src/lib/quick-exit/shift-detector.ts';

/** Feeds events and returns at which of them the detector fired. */
function run(events: KeyEventLike[]): number[] {
  const detector = createShiftDetector();
  return events.flatMap((event, index) => (detector.handle(event) ? [index] : []));
}

const down = (key: string, timeStamp: number, repeat = false): KeyEventLike => ({ type: 'keydown', key, timeStamp, repeat });
const up = (key: string, timeStamp: number): KeyEventLike => ({ type: 'keyup', key, timeStamp, repeat: false });
const press = (at: number, key = 'Shift') => [down(key, at), up(key, at + 50)];

describe('the Shift × 3 detector', () => {
  it('fires when the third Shift press is released within two seconds', () => {
    expect(run([...press(0), ...press(400), ...press(800)])).toEqual([5]);
  });

  it('fires on presses spread over exactly the window, not over more', () => {
    expect(run([...press(0), ...press(1000), ...press(1950)])).toEqual([5]);
    expect(run([...press(0), ...press(1000), ...press(2100)])).toEqual([]);
  });

  it('keeps counting from the presses still inside the window', () => {
    // 0 is too old by the fourth press, but 1000, 1900 and 2500 are within two seconds.
    expect(run([...press(0), ...press(1000), ...press(2100), ...press(2500)])).toEqual([7]);
  });

  it('does not count Shift held as the modifier of another key', () => {
    const capitalA = [down('Shift', 0), down('A', 20), up('A', 60), up('Shift', 80)];
    expect(run([...capitalA, ...press(200), ...press(400)])).toEqual([]);
    expect(run([...press(0), ...press(200), down('Shift', 400), down('B', 420), up('B', 450), up('Shift', 470)])).toEqual([]);
  });

  it('counts a Shift key held down once, however many times it auto-repeats', () => {
    const held = [down('Shift', 0), down('Shift', 500, true), down('Shift', 530, true), down('Shift', 560, true), up('Shift', 600)];
    expect(run(held)).toEqual([]);
    expect(run([...held, ...press(700)])).toEqual([]);
    expect(run([...held, ...press(700), ...press(900)])).toEqual([8]);
  });

  it('starts over when another key is typed between two presses', () => {
    expect(run([...press(0), ...press(200), ...press(300, 'a'), ...press(400)])).toEqual([]);
  });

  it('starts over after firing, so a fourth press does not fire again', () => {
    expect(run([...press(0), ...press(100), ...press(200), ...press(300)])).toEqual([5]);
  });

  it('forgets a half-finished press on reset (the window lost focus)', () => {
    const detector = createShiftDetector();
    for (const event of [...press(0), ...press(100), down('Shift', 200)]) detector.handle(event);
    detector.reset();
    expect(detector.handle(up('Shift', 250))).toBe(false);
  });
});
