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
const RESPONSE_FORMAT = 1;

/**
 * The response is a function of the cursor, the limit and the store's state (versions
 * only grow and compaction raises the horizon), so this tag changes whenever the body
 * would. Weak, because compression gives the same content different bytes.
 */
function etagFor(position: CursorPosition | null, limit: number, state: ContentState): string {
  const key = [RESPONSE_FORMAT, position?.version ?? '-', position?.horizon ?? '-', limit, state.contentVersion, state.tombstoneHorizon];
  return `W/"${createHash('sha256').update(key.join(':')).digest('base64url').slice(0, 27)}"`;
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
    if (matches(request.headers['if-none-match'], etagFor(position, query.limit, current))) {
      return reply.code(304).header('etag', etagFor(position, query.limit, current)).send();
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
    return reply
      .header('etag', etagFor(position, query.limit, result.state))
      .type('application/json; charset=utf-8')
      .send(body);
  });
}
