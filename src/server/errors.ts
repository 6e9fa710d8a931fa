/**
 * Errors as the API reports them: `{error, details}` with a 4xx status for bad input,
 * and a bare 500 (details only in the log) for our own bugs. Never a stack trace.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ApiError } from '../shared/api.ts';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

/** Parses `input` with `schema`, or throws a 400 that names each bad field. */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown, code = 'invalid_request'): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new HttpError(
    400,
    code,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ApiError = { error: error.code, details: error.details };
      return reply.status(error.statusCode).send(body);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const body: ApiError = { error: error.code ?? 'bad_request', details: error.message };
      return reply.status(status).send(body);
    }
    request.log.error({ err: error }, 'request failed');
    const body: ApiError = { error: 'internal_error' };
    return reply.status(500).send(body);
  });
}
