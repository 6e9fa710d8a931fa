/** Shapes of the HTTP API shared by the server and its clients. */
import { z } from 'zod';

/** Every 4xx/5xx body: a short machine-readable error and optional details. */
export const apiErrorSchema = z.object({
  error: z.string(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
