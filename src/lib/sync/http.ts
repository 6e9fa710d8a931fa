/**
 * The pull protocol over HTTP — with `apply-page.ts`, the only place that talks to the
 * server (STYLE.md: fetch lives in lib/sync). `fetch` and the base URL are parameters so
 * that tests run the engine against the real server, through a fault-injecting proxy.
 */
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/api.ts';
import { pullResponseSchema, statusResponseSchema } from '../../shared/protocol.ts';
import { recordChangeSchema } from '../../shared/records.ts';
import { SyncError } from './failure.ts';

/**
 * The pull response with `kind` loosened to any string: a newer server may publish a
 * kind this app version does not know yet, and one such record must not block the feed
 * (it is set aside as rejected, like a record that fails validation).
 */
const tolerantPullResponseSchema = pullResponseSchema.extend({
  changes: z.array(recordChangeSchema.extend({ kind: z.string().min(1).max(64) })),
});
export type PulledPage = z.infer<typeof tolerantPullResponseSchema>;
export type PulledChange = PulledPage['changes'][number];

export interface HttpOptions {
  fetch: typeof fetch;
  baseUrl: string;
  timeoutMs: number;
}

export type PageAnswer =
  | { kind: 'page'; page: PulledPage; etag: string | null }
  | { kind: 'not-modified' }
  /** The server does not recognise the cursor (lost data, new secret): start over. */
  | { kind: 'unknown-cursor' };

/** Fetches and reads the whole body within `timeoutMs`; every failure becomes a SyncError. */
async function fetchText(options: HttpOptions, url: URL, headers: Record<string, string>) {
  const controller = new AbortController();
  let isTimedOut = false;
  const timer = setTimeout(() => {
    isTimedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await options.fetch(url, { headers, signal: controller.signal, cache: 'no-store', credentials: 'same-origin' });
    return { status: response.status, etag: response.headers.get('etag'), text: await response.text() };
  } catch (error) {
    if (isTimedOut) throw new SyncError('timeout', `no complete answer from ${url.pathname} within ${options.timeoutMs} ms`);
    throw new SyncError('network', `${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new SyncError('invalid-response', `${path}: the answer is not complete JSON (${text.length} characters)`);
  }
}

export async function requestPage(options: HttpOptions, request: { cursor: string | null; etag: string | null; limit: number }): Promise<PageAnswer> {
  const url = new URL('/api/v1/pull', options.baseUrl);
  if (request.cursor !== null) url.searchParams.set('cursor', request.cursor);
  url.searchParams.set('limit', String(request.limit));
  const answer = await fetchText(options, url, request.etag ? { 'If-None-Match': request.etag } : {});
  if (answer.status === 304) return { kind: 'not-modified' };
  if (answer.status === 400) {
    const error = apiErrorSchema.safeParse(parseJson(answer.text, url.pathname));
    if (error.success && error.data.error === 'invalid_cursor' && request.cursor !== null) return { kind: 'unknown-cursor' };
  }
  if (answer.status !== 200) throw new SyncError('server', `${url.pathname} answered HTTP ${answer.status}`);
  return { kind: 'page', page: parsePage(answer.text, url.pathname), etag: answer.etag };
}

/** A pull page from its JSON text (a pull answer, or one line of the snapshot), or a SyncError. */
export function parsePage(text: string, path: string): PulledPage {
  const parsed = tolerantPullResponseSchema.safeParse(parseJson(text, path));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SyncError('invalid-response', `${path}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unexpected shape'}`);
  }
  return parsed.data;
}

/** Records the server publishes (for a first sync's progress bar); null when unknown. */
export async function requestTotal(options: HttpOptions): Promise<number | null> {
  const url = new URL('/api/v1/status', options.baseUrl);
  const answer = await fetchText(options, url, {});
  if (answer.status !== 200) return null;
  const parsed = statusResponseSchema.safeParse(parseJson(answer.text, url.pathname));
  return parsed.success ? Object.values(parsed.data.counts).reduce((sum, value) => sum + value, 0) : null;
}
