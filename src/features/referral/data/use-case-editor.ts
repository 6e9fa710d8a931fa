import { useCallback, useEffect, useState } from 'react';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { CaseLockedError, type CaseState, saveCaseData } from '../../../lib/cases/case-store.ts';
import { useCase } from '../../../lib/cases/use-cases.ts';

export interface CaseEditor {
  state: CaseState | undefined;
  /** The case as edited on this screen; null unless the case is open. */
  draft: CaseData | null;
  update: (change: (data: CaseData) => CaseData) => void;
  saveError: 'locked' | 'failed' | null;
}

/**
 * A local draft of an open case: edits show at once and are saved in order behind it
 * (the store queues writes per case). When the case locks (idle time, "lock now"), the
 * draft is dropped from memory.
 */
export function useCaseEditor(id: string): CaseEditor {
  const state = useCase(id);
  const [edits, setEdits] = useState<{ id: string; data: CaseData } | null>(null);
  const [saveError, setSaveError] = useState<CaseEditor['saveError']>(null);
  const openData = state?.status === 'open' ? state.data : null;

  // Adjusting state while rendering (React's pattern for derived resets): a locked or
  // missing case keeps no edits in memory.
  if (!openData && edits) setEdits(null);
  const draft = openData ? (edits?.id === id ? edits.data : openData) : null;

  const update = useCallback(
    (change: (data: CaseData) => CaseData) => {
      if (!openData) return;
      setSaveError(null);
      setEdits((current) => ({ id, data: change(current?.id === id ? current.data : openData) }));
    },
    [id, openData],
  );

  // Saving is syncing the draft to an external system: the device database.
  useEffect(() => {
    if (!edits) return;
    saveCaseData(edits.id, edits.data).catch((error: unknown) => {
      if (error instanceof CaseLockedError) setSaveError('locked');
      else {
        reportStorageFailure(error);
        setSaveError('failed');
      }
    });
  }, [edits]);

  return { state, draft, update, saveError };
}
