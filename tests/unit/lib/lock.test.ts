import { afterEach, describe, expect, it, vi } from 'vitest';
import { getLockStatus, lockNow, registerLock, unlock, type LockProvider } from '../../../src/lib/lock.ts';

let unregister: (() => void) | undefined;

afterEach(() => {
  unregister?.();
  unregister = undefined;
});

function provider(hasLockedData: boolean, passphrase = 'correct horse') {
  return {
    hasLockedData: async () => hasLockedData,
    verify: async (candidate) => candidate === passphrase,
    forget: vi.fn<() => void>(),
  } satisfies LockProvider;
}

describe('the intervenor lock', () => {
  it('is not engaged while nothing plugs into it', async () => {
    expect(getLockStatus()).toBe('none');
    await lockNow();
    expect(getLockStatus()).toBe('none');
  });

  it('starts locked when protected data exists (the key is not in memory after a reload)', async () => {
    unregister = registerLock(provider(true));
    await vi.waitFor(() => expect(getLockStatus()).toBe('locked'));
  });

  it('stays locked on a wrong passphrase and unlocks on the right one', async () => {
    unregister = registerLock(provider(true));
    await vi.waitFor(() => expect(getLockStatus()).toBe('locked'));
    expect(await unlock('wrong')).toBe(false);
    expect(getLockStatus()).toBe('locked');
    expect(await unlock('correct horse')).toBe(true);
    expect(getLockStatus()).toBe('unlocked');
  });

  it('locks again when idle and asks the provider to forget its key', async () => {
    const cases = provider(true);
    unregister = registerLock(cases);
    await vi.waitFor(() => expect(getLockStatus()).toBe('locked'));
    await unlock('correct horse');
    await lockNow();
    expect(getLockStatus()).toBe('locked');
    expect(cases.forget).toHaveBeenCalledTimes(1);
  });

  it('never locks when there is nothing to protect', async () => {
    unregister = registerLock(provider(false));
    await vi.waitFor(() => expect(getLockStatus()).toBe('unlocked'));
    await lockNow();
    expect(getLockStatus()).toBe('unlocked');
  });

  it('locks to be safe when the provider cannot tell', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    unregister = registerLock({ hasLockedData: () => Promise.reject(new Error('db closed')), verify: async () => false });
    await vi.waitFor(() => expect(getLockStatus()).toBe('locked'));
    error.mockRestore();
  });

  it('is released when the provider unregisters', async () => {
    registerLock(provider(true))();
    expect(getLockStatus()).toBe('none');
  });
});
