/** Builds the Fastify application; `main.ts` starts it, tests inject into it. */
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ServerConfig } from './config.ts';
import { registerErrorHandling } from './errors.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerStatic } from './static.ts';
import { SERVER_VERSION } from './version.ts';

export async function buildApp(config: ServerConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Structured logs without personal data: no query strings, no bodies, no IPs.
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: request.url.split('?')[0],
        }),
      },
    },
    trustProxy: true,
    return503OnClosing: true,
  });
  // br or gzip by Accept-Encoding, for the app files and the API alike.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerHealthRoutes(app, SERVER_VERSION);
  await registerStatic(app, config.staticDir);
  return app;
}
