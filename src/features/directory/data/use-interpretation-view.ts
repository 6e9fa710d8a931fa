/** The interpretation view for a language and a region, from the directory index. */
import { useMemo } from 'react';
import type { RegionCode } from '../../../shared/regions.ts';
import { interpretationView, type InterpretationView } from '../model.ts';
import { topEntries } from './ranking.ts';
import { useDirectoryIndex } from './use-directory-index.ts';

const SECTION_LIMIT = 20;

export function useInterpretationView(
  lang: string | null,
  region: RegionCode | null,
  lng: string,
): { isReady: boolean; view: InterpretationView | null; languageCodes: string[] } {
  const state = useDirectoryIndex();
  const all = useMemo(() => state.index?.payloads() ?? [], [state]);
  const languageCodes = useMemo(() => [...new Set(all.flatMap((entry) => [...entry.languagesSpoken, ...entry.interpretationLanguages]))], [all]);
  const view = useMemo(() => {
    if (!lang) return null;
    const raw = interpretationView(all, lang, region);
    const sorted = (list: InterpretationView['adapted']) => ({
      local: topEntries(list.local, null, lng, SECTION_LIMIT),
      provinceWide: topEntries(list.provinceWide, null, lng, SECTION_LIMIT),
      nearest: list.nearest,
    });
    return { adapted: sorted(raw.adapted), spoken: sorted(raw.spoken), lines: sorted(raw.lines) };
  }, [all, lang, region, lng]);
  return { isReady: state.index !== null, view, languageCodes };
}
