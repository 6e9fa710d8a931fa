import { useEffect } from 'react';
import { useSettings } from '../../lib/settings.ts';

export const NORMAL_FAVICON = '/favicon.svg';
/** A plain notepad: matches the "Notes" title of discreet mode (SAFETY.md rule 7). */
export const DISCREET_FAVICON = '/notes.svg';

/** Swaps the tab icon in discreet mode. */
export function useDiscreetFavicon(): void {
  const { isDiscreet } = useSettings();
  useEffect(() => {
    const href = isDiscreet ? DISCREET_FAVICON : NORMAL_FAVICON;
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) {
      if (link.getAttribute('href') !== href) link.setAttribute('href', href);
    }
  }, [isDiscreet]);
}
