/**
 * The directory's filters, kept in the URL (shareable, survive a reload). The text being
 * typed is applied to the results at once but written to the URL only when typing pauses:
 * browsers throttle history updates (Chromium ignores them beyond about 200 per 10 s),
 * and a held-down key would otherwise freeze the search field.
 *
 * In discreet mode the query is written in its neutral form (lib/neutral-query.ts), and a
 * link that came in readable is rewritten in place: no search words in the history.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fromNeutralSearch, hrefWithSearch, NEUTRAL_PARAM } from '../../lib/neutral-query.ts';
import { navigate, useLocation } from '../../lib/router.ts';
import { useSettings } from '../../lib/settings.ts';
import { filtersToSearch, parseFilters, type DirectoryFilters } from './model.ts';

const URL_DELAY_MS = 300;

export function useDirectoryFilters(path: string): {
  filters: DirectoryFilters;
  setQuery: (q: string) => void;
  setFilters: (next: DirectoryFilters) => void;
} {
  const { searchParams } = useLocation();
  const { isDiscreet } = useSettings();
  const search = searchParams.toString();
  const fromUrl = useMemo(() => parseFilters(fromNeutralSearch(new URLSearchParams(search))), [search]);
  const [typed, setTyped] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const write = useCallback(
    (next: DirectoryFilters) => {
      // Replace, not push: a search must not fill the history with one entry per change.
      navigate(hrefWithSearch(path, filtersToSearch(next), isDiscreet), { replace: true });
    },
    [path, isDiscreet],
  );

  const isReadable = search !== '' && !(searchParams.size === 1 && searchParams.has(NEUTRAL_PARAM));
  useEffect(() => {
    if (isDiscreet && isReadable) write(fromUrl);
  }, [isDiscreet, isReadable, fromUrl, write]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const filters = useMemo(() => (typed === null ? fromUrl : { ...fromUrl, q: typed }), [fromUrl, typed]);

  const setQuery = useCallback(
    (q: string) => {
      setTyped(q);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        // Typing then opening a result within the delay: the page may still be mounted
        // while the next one loads, and writing now would send her back to the list.
        if (window.location.pathname !== path) return;
        write({ ...fromUrl, q });
        setTyped(null);
      }, URL_DELAY_MS);
    },
    [fromUrl, write, path],
  );

  const setFilters = useCallback(
    (next: DirectoryFilters) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      setTyped(null);
      write(next);
    },
    [write],
  );

  return { filters, setQuery, setFilters };
}
