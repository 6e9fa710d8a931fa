import { useCallback, useEffect, useState } from 'react';
import { readStorageReport, requestPersistentStorage, type StorageReport } from '../../../lib/storage.ts';

/** The storage report, refreshed after asking the browser to keep the data. */
export function useStorageReport(): {
  report: StorageReport | null;
  requestPersistence: () => Promise<boolean>;
} {
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void readStorageReport().then((next) => {
      if (isCurrent) setReport(next);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  const requestPersistence = useCallback(async () => {
    const granted = await requestPersistentStorage();
    setReport(await readStorageReport());
    return granted;
  }, []);
  return { report, requestPersistence };
}
