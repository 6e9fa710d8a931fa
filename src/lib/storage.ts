/**
 * Device storage: how much is used, whether the browser promised to keep it, and asking
 * for that promise (`navigator.storage.persist()`) at the first meaningful use — asking
 * on first load is refused by most browsers and tells the user nothing.
 */

export interface StorageReport {
  usedBytes: number | null;
  quotaBytes: number | null;
  isPersisted: boolean | null;
}

export async function readStorageReport(): Promise<StorageReport> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  const isPersisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  return {
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    isPersisted,
  };
}

let persistRequest: Promise<boolean> | undefined;

/** Asks once per page load that the browser not evict Passerelle's data. */
export function requestPersistentStorage(): Promise<boolean> {
  persistRequest ??= (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return false;
    if (await storage.persisted?.().catch(() => false)) return true;
    return storage.persist().catch(() => false);
  })();
  return persistRequest;
}
