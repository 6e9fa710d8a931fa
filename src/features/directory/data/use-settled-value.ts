import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`: the result count is announced to
 * screen readers when typing pauses, not at every keystroke. While `isPassing(settled)`
 * holds (e.g. the settled value is still "loading…"), `value` shows at once: the first
 * count after start-up is not held back (cold start, issue 8).
 */
export function useSettledValue<T>(value: T, delayMs: number, isPassing?: (settled: T) => boolean): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return isPassing?.(settled) ? value : settled;
}
