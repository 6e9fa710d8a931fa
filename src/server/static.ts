/**
 * Serves the built PWA. Hashed assets are immutable; the shell, the service worker and
 * the manifest are revalidated on every load so that an update reaches devices. Any other
 * GET that wants a page gets index.html (history fallback), so deep links work.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../shared/api.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Cache-Control for a file of the build, by its path relative to the build folder. */
export function cacheControlFor(relativePath: string): string {
  const normalized = relativePath.split(path.sep).join('/');
  return normalized.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.url.startsWith('/api/')) return false;
  const pathname = request.url.split('?')[0] ?? '';
  // A missing file with an extension (a stale chunk) is a real 404, not the app shell.
  return !path.posix.basename(pathname).includes('.');
}

export async function registerStatic(app: FastifyInstance, staticDir: string): Promise<void> {
  const hasBuild = existsSync(path.join(staticDir, 'index.html'));
  if (!hasBuild) app.log.warn({ staticDir }, 'no built app found; run `npm run build`. Serving the API only.');
  else {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders(reply, filePath) {
        reply.header('Cache-Control', cacheControlFor(path.relative(staticDir, filePath)));
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (hasBuild && wantsPage(request)) {
      return reply.header('Cache-Control', REVALIDATE).type('text/html').sendFile('index.html');
    }
    const body: ApiError = { error: 'not_found', details: `${request.method} ${request.url.split('?')[0]}` };
    return reply.status(404).send(body);
  });
}
