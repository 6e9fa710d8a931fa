import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, whenIdle } from '../../../src/lib/scheduling.ts';

describe('scheduling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['afterNextPaint', afterNextPaint],
    ['whenIdle', whenIdle],
  ])('%s runs its task later, once', (_name, schedule) => {
    const task = vi.fn();
    schedule(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['afterNextPaint', afterNextPaint],
    ['whenIdle', whenIdle],
  ])('%s never runs a task cancelled first (a component unmounted)', (_name, schedule) => {
    const task = vi.fn();
    const cancel = schedule(task);
    cancel();
    vi.advanceTimersByTime(3000);
    expect(task).not.toHaveBeenCalled();
  });

  it('afterNextPaint can be cancelled between the frame and its task', () => {
    const task = vi.fn();
    const cancel = afterNextPaint(task);
    vi.advanceTimersToNextFrame();
    cancel();
    vi.advanceTimersByTime(3000);
    expect(task).not.toHaveBeenCalled();
  });
});
