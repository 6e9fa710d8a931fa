/** Live views of the cases for components: rows from the database, decrypted when open in this tab. */
import { useEffect, useState } from 'react';
import { db, useLiveQuery } from '../db.ts';
import { type CaseState, readCaseRow } from './case-store.ts';
import { purgeExpiredCases } from './purge.ts';
import { useKeyRevision } from './case-session.ts';

/** One case; undefined while loading. */
export function useCase(id: string): CaseState | undefined {
  const row = useLiveQuery(async () => (await db.cases.get(id)) ?? null, [id]);
  const keyRevision = useKeyRevision();
  const [state, setState] = useState<{ for: unknown; value: CaseState }>();
  useEffect(() => {
    if (row === undefined) return;
    let isCurrent = true;
    const marker = { row, keyRevision };
    void readCaseRow(row ?? undefined, new Date()).then((value) => {
      if (isCurrent) setState({ for: marker, value });
    });
    return () => {
      isCurrent = false;
    };
  }, [row, keyRevision]);
  return row === undefined ? undefined : state?.value;
}

/** Every case on the device, most recently changed first; expired ones are purged first. */
export function useCaseList(): Exclude<CaseState, { status: 'missing' }>[] | undefined {
  useEffect(() => {
    purgeExpiredCases().catch((error: unknown) => console.warn('Expired cases could not be deleted.', error));
  }, []);
  const rows = useLiveQuery(() => db.cases.orderBy('updatedAt').reverse().toArray(), []);
  const keyRevision = useKeyRevision();
  const [states, setStates] = useState<Exclude<CaseState, { status: 'missing' }>[]>();
  useEffect(() => {
    if (rows === undefined) return;
    let isCurrent = true;
    const now = new Date();
    void Promise.all(rows.map((row) => readCaseRow(row, now))).then((all) => {
      if (isCurrent) setStates(all.filter((state) => state.status !== 'missing'));
    });
    return () => {
      isCurrent = false;
    };
  }, [rows, keyRevision]);
  return states;
}
