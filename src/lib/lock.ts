/**
 * The intervenor lock (issue 7, item 4): when this device holds data protected by a
 * passphrase (referral cases, SAFETY.md rule 3), the app asks for the passphrase again
 * after `autoLockMinutes` of inactivity. This module only holds the lock state; the
 * feature that owns the protected data plugs in with `registerLock`.
 *
 * Contract for the provider (the cases feature):
 *   - `hasLockedData()`: true when there is something the passphrase protects. While
 *     false, the app never locks.
 *   - `verify(passphrase)`: true when the passphrase is right. The provider may keep the
 *     derived key in memory from then on.
 *   - `forget()` (optional): called when the app locks; drop any key held in memory.
 * Registering with locked data starts locked: after a reload the key is not in memory.
 * While locked, intervenor pages show the lock screen; women's pages stay open.
 */
import { useSyncExternalStore } from 'react';

export interface LockProvider {
  hasLockedData(): Promise<boolean>;
  verify(passphrase: string): Promise<boolean>;
  forget?(): void;
}

export type LockStatus = 'none' | 'locked' | 'unlocked';

let provider: LockProvider | null = null;
let status: LockStatus = 'none';
const listeners = new Set<() => void>();

function setStatus(next: LockStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

async function hasLockedData(current: LockProvider): Promise<boolean> {
  try {
    return await current.hasLockedData();
  } catch (error) {
    // Unknown means protected: locking an empty store costs a passphrase, not a leak.
    console.error('The lock provider failed; locking to be safe.', error);
    return true;
  }
}

/** Plugs the owner of passphrase-protected data into the lock; returns the unregister function. */
export function registerLock(next: LockProvider): () => void {
  provider = next;
  void hasLockedData(next).then((isProtected) => {
    if (provider === next) setStatus(isProtected ? 'locked' : 'unlocked');
  });
  return () => {
    if (provider !== next) return;
    provider = null;
    setStatus('none');
  };
}

/** True when a provider is registered (the idle lock timer runs only then). */
export function hasLockProvider(): boolean {
  return provider !== null;
}

/** Locks now if there is protected data; the provider forgets its key. */
export async function lockNow(): Promise<void> {
  const current = provider;
  if (!current || !(await hasLockedData(current))) return;
  current.forget?.();
  if (provider === current) setStatus('locked');
}

/** Tries `passphrase`; unlocks and returns true when the provider accepts it. */
export async function unlock(passphrase: string): Promise<boolean> {
  const current = provider;
  if (!current) return true;
  const isRight = await current.verify(passphrase);
  if (isRight && provider === current) setStatus('unlocked');
  return isRight;
}

export function getLockStatus(): LockStatus {
  return status;
}

export function useLockStatus(): LockStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
    () => status,
  );
}
