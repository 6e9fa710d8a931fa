import type { FastifyInstance } from 'fastify';
import type { Health } from '../../shared/api.ts';

export function registerHealthRoutes(app: FastifyInstance, version: string): void {
  app.get('/api/v1/health', async (): Promise<Health> => ({ status: 'ok', version }));
}
