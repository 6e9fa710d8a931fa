/**
 * Server configuration from the environment, validated at boot: a bad value stops the
 * server with one clear line instead of failing later in a request.
 */
import path from 'node:path';
import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('data'),
  STATIC_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TOMBSTONE_HORIZON_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute path of the folder that holds the database and other server data. */
  dataDir: string;
  /** Absolute path of the built PWA (`vite build` output). */
  staticDir: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /**
   * Days a deletion stays in the pull feed. Tombstones older than this are compacted; a
   * device that has not synced since then starts over (`reset: true`).
   */
  tombstoneHorizonDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; throws a `ConfigError` whose message is one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(cwd, values.DATA_DIR),
    staticDir: path.resolve(cwd, values.STATIC_DIR),
    logLevel: values.LOG_LEVEL,
    tombstoneHorizonDays: values.TOMBSTONE_HORIZON_DAYS,
  };
}
