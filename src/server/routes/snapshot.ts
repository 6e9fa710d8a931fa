/**
 * `GET /api/v1/snapshot`: a device's first sync in one compressed download (snapshot.ts).
 * The bytes are compressed once, when the snapshot is built, so this route sends them
 * itself and the global compression (app.ts) is off for it. A client that does not take
 * brotli gets the same body decompressed on the fly (and gzipped when it takes gzip).
 */
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { snapshotQuerySchema } from '../../shared/protocol.ts';
import { parseOr400 } from '../errors.ts';
import { matchesEtag } from '../pull-page.ts';
import type { SnapshotCache } from '../snapshot.ts';

type Encoding = 'br' | 'gzip' | 'identity';

/** The best of br, gzip and identity that `Accept-Encoding` allows (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}

export function registerSnapshotRoutes(app: FastifyInstance, snapshots: SnapshotCache): void {
  app.get('/api/v1/snapshot', { compress: false }, async (request, reply) => {
    parseOr400(snapshotQuerySchema, request.query);
    const snapshot = await snapshots.get();
    reply
      .header('cache-control', 'no-cache')
      .header('vary', 'accept-encoding')
      .header('etag', snapshot.etag)
      .type('application/x-ndjson; charset=utf-8');
    if (matchesEtag(request.headers['if-none-match'], snapshot.etag)) return reply.code(304).send();
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (encoding === 'br') return reply.header('content-encoding', 'br').send(snapshot.brotli);
    const body = Readable.from([snapshot.brotli]).pipe(createBrotliDecompress());
    if (encoding === 'gzip') return reply.header('content-encoding', 'gzip').send(body.pipe(createGzip()));
    return reply.send(body);
  });
}
