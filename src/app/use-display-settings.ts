import { useEffect } from 'react';
import { useSettings } from '../lib/settings.ts';

/** Applies text size, contrast and motion settings to the document root. */
export function useDisplaySettings(): void {
  const { textScale, highContrast, reducedMotion } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--text-scale', String(textScale));
    root.dataset.contrast = highContrast ? 'high' : 'normal';
    root.dataset.motion = reducedMotion ? 'reduced' : 'full';
  }, [textScale, highContrast, reducedMotion]);
}
