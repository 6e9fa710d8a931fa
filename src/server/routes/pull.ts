/**
 * `GET /api/v1/pull` (ARCHITECTURE.md, "Records and sync"): the changes after a cursor,
 * by version, one page at a time. ETag + If-None-Match answer a device that is up to
 * date with a body-less 304; compression (br/gzip) is global (app.ts).
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { pullQuerySchema } from '../../shared/protocol.ts';
import { HttpError, parseOr400 } from '../errors.ts';
import type { CursorCodec, CursorPosition } from '../pull-cursor.ts';
import type { ContentState, ContentStore, StoredChange } from '../storage/content-store.ts';

/**
 * Brotli quality 6 for pull pages rather than the global 4: on 1,000 directory records
 * (1.1 MB of JSON) it sends about 12 % fewer bytes for ~5 ms more per page, and a first
 * sync is dozens of such pages over rural connections.
 */
const PULL_COMPRESSION = {
  encodings: ['br', 'gzip'],
  threshold: 1024,
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } },
} as const;

/** Bump when the response body changes shape for the same content, so old ETags stop matching. */
const RESPONSE_FORMAT = 2;

/**
 * The ETag names what a device holds once it has stored the response: everything up to
 * the store's current version, consistent with its current tombstone horizon. So it is
 * sent only on a page that brings the device up to date (`hasMore: false`), and the
 * device's NEXT pull — with the new cursor and this tag — is a 304 if nothing has been
 * published since, including the first check right after a delta. (A tag computed from
 * the request's own cursor would only match from the second check on.) Weak, because
 * compression gives the same content different bytes.
 */
function etagFor(state: ContentState): string {
  const key = [RESPONSE_FORMAT, state.contentVersion, state.tombstoneHorizon];
  return `W/"${createHash('sha256').update(key.join(':')).digest('base64url').slice(0, 27)}"`;
}

/** A device at this position has every change and every deletion the store can send. */
function isUpToDate(position: CursorPosition | null, state: ContentState): boolean {
  return position !== null && position.version === state.contentVersion && position.horizon === state.tombstoneHorizon;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Stored data is canonical JSON already: it goes out as is, without a parse and a stringify. */
function changeJson(change: StoredChange): string {
  return `{"kind":${JSON.stringify(change.kind)},"id":${JSON.stringify(change.id)},"version":${change.version},"deleted":${change.deleted},"data":${change.dataJson ?? 'null'}}`;
}

export function registerPullRoutes(app: FastifyInstance, store: ContentStore, cursors: CursorCodec): void {
  app.get('/api/v1/pull', { compress: { ...PULL_COMPRESSION, encodings: [...PULL_COMPRESSION.encodings] } }, async (request, reply) => {
    const query = parseOr400(pullQuerySchema, request.query);
    let position: CursorPosition | null = null;
    if (query.cursor !== undefined) {
      position = cursors.decode(query.cursor);
      if (!position) throw new HttpError(400, 'invalid_cursor', 'this cursor was not issued by this server');
    }
    const current = await store.state();
    if (position && (position.version > current.contentVersion || position.horizon > current.tombstoneHorizon)) {
      // Only possible after the server lost data (restored backup, power cut): the device
      // treats this answer as "start over", which rebuilds its copy from what is here.
      throw new HttpError(400, 'invalid_cursor', 'this cursor is ahead of the content on this server');
    }
    reply.header('cache-control', 'no-cache');
    // Only an up-to-date cursor gets a 304: its answer would be an empty page that gives
    // back the same cursor, which is what the tag stood for when it was sent.
    if (isUpToDate(position, current) && matches(request.headers['if-none-match'], etagFor(current))) {
      return reply.code(304).header('etag', etagFor(current)).send();
    }

    const result = await store.pull({
      afterVersion: position?.version ?? 0,
      limit: query.limit,
      // A cursor below the horizon may have missed a deletion whose tombstone is gone —
      // unless the device's copy was started (or checked) after that compaction.
      mustRestart: (state) =>
        position !== null && position.version < state.tombstoneHorizon && position.horizon < state.tombstoneHorizon,
    });
    const cursor = cursors.encode({ version: result.throughVersion, horizon: result.state.tombstoneHorizon });
    const body = `{"changes":[${result.changes.map(changeJson).join(',')}],"cursor":${JSON.stringify(cursor)},"hasMore":${result.hasMore}${result.restarted ? ',"reset":true' : ''}}`;
    if (!result.hasMore) reply.header('etag', etagFor(result.state));
    return reply.type('application/json; charset=utf-8').send(body);
  });
}
