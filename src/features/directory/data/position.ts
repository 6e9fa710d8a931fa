/**
 * "Near me": the person's position, asked only when she taps the button (her consent),
 * kept in this page's memory for the session and never stored or sent anywhere. A reload
 * forgets it, and so does a shared tablet's session reset: the next person must not find
 * the last one's whereabouts (SAFETY.md rule 8).
 */
import { useSyncExternalStore } from 'react';
import { onSessionReset } from '../../../lib/session-reset.ts';
import type { GeoPoint } from '../model.ts';

let position: GeoPoint | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setPosition(next: GeoPoint | null): void {
  position = next;
  for (const listener of listeners) listener();
}

export function useSessionPosition(): GeoPoint | null {
  return useSyncExternalStore(
    subscribe,
    () => position,
    () => null,
  );
}

export function forgetSessionPosition(): void {
  setPosition(null);
}

onSessionReset(forgetSessionPosition);

export type PositionFailure = 'denied' | 'unavailable';

/** Asks the browser for the position once; resolves with it or with why not. */
export function requestSessionPosition(): Promise<GeoPoint | PositionFailure> {
  const geolocation = typeof navigator === 'undefined' ? undefined : navigator.geolocation;
  if (!geolocation) return Promise.resolve('unavailable');
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (result) => {
        // Rounded to about a kilometre: enough to sort by distance, no more precise than needed.
        const point = { latitude: Math.round(result.coords.latitude * 100) / 100, longitude: Math.round(result.coords.longitude * 100) / 100 };
        setPosition(point);
        resolve(point);
      },
      (error) => resolve(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, maximumAge: 5 * 60_000, timeout: 20_000 },
    );
  });
}
