/**
 * Discreet mode (SAFETY.md rule 7) and query strings. The address bar and the browser
 * history show a page's whole URL: `/directory?type=sexual-assault-centre&q=...` says
 * what she looked for. In discreet mode, links and pages write the query as one opaque
 * parameter (`?v=...`); pages read both forms, so links made elsewhere keep working.
 * This keeps revealing words out of a glance at the history. It is an encoding, not
 * encryption, and the interface never claims more.
 */

export const NEUTRAL_PARAM = 'v';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** `search` (a query string without `?`) as the neutral form `v=...`; empty stays empty. */
export function toNeutralSearch(search: string): string {
  return search ? `${NEUTRAL_PARAM}=${toBase64Url(search)}` : '';
}

/**
 * The parameters a page should read: the decoded `v` when there is one, else `params`
 * as they are. A `v` that cannot be read gives no parameters (a bad link opens unfiltered).
 */
export function fromNeutralSearch(params: URLSearchParams): URLSearchParams {
  const neutral = params.get(NEUTRAL_PARAM);
  if (neutral === null) return params;
  try {
    return new URLSearchParams(fromBase64Url(neutral));
  } catch {
    return new URLSearchParams();
  }
}

/** `path?search`, in the neutral form when `isDiscreet`. */
export function hrefWithSearch(path: string, search: string, isDiscreet: boolean): string {
  const shown = isDiscreet ? toNeutralSearch(search) : search;
  return shown ? `${path}?${shown}` : path;
}
