/** The other services of an organisation, from the directory index (already in memory). */
import { useMemo } from 'react';
import type { DirectoryEntry } from '../model.ts';
import { isListed } from '../model.ts';
import { topEntries } from './ranking.ts';
import { useDirectoryIndex } from './use-directory-index.ts';

export function useSiblingServices(organizationId: string | null, exceptId: string, lng: string): DirectoryEntry[] {
  const state = useDirectoryIndex();
  return useMemo(() => {
    if (!state.index || !organizationId) return [];
    const siblings = state.index.payloads().filter((entry) => entry.organizationId === organizationId && entry.id !== exceptId && isListed(entry));
    return topEntries(siblings, null, lng, 20);
  }, [state, organizationId, exceptId, lng]);
}
