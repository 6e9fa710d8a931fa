/** When to run work that must not delay the first screen (cold start, issue 8). */

/** Runs `task` once the next frame has been painted (at once where there are no frames). */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** Runs `task` when the main thread is idle, within 2 s at the latest (setTimeout where requestIdleCallback is missing). */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 500);
}
