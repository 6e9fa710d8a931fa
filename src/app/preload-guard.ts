/**
 * After a deploy, a tab opened on the old version may ask for a chunk that no longer
 * exists. Vite reports it as `vite:preloadError`; reload once to get the new version,
 * and never loop: the guard is cleared only after a page has stayed up for a while.
 */
const GUARD_KEY = 'passerelle:preload-reload';
const STABLE_AFTER_MS = 10_000;

export function guardPreloadErrors(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (sessionStorage.getItem(GUARD_KEY)) return;
    event.preventDefault();
    sessionStorage.setItem(GUARD_KEY, '1');
    window.location.reload();
  });
  setTimeout(() => sessionStorage.removeItem(GUARD_KEY), STABLE_AFTER_MS);
}
