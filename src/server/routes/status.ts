/** `GET /api/v1/status`: server version, content version and live records per kind. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RECORD_KINDS, type RecordKind } from '../../shared/records.ts';
import type { StatusResponse } from '../../shared/protocol.ts';
import { parseOr400 } from '../errors.ts';
import type { ContentStore } from '../storage/content-store.ts';

const statusQuerySchema = z.strictObject({});

export function registerStatusRoutes(app: FastifyInstance, store: ContentStore, serverVersion: string): void {
  app.get('/api/v1/status', async (request, reply): Promise<StatusResponse> => {
    parseOr400(statusQuerySchema, request.query);
    const [state, live] = await Promise.all([store.state(), store.countLive()]);
    const counts = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, live[kind] ?? 0])) as Record<RecordKind, number>;
    reply.header('cache-control', 'no-cache');
    return { serverVersion, contentVersion: state.contentVersion, counts };
  });
}
