/**
 * Environment of the local API server, validated with zod so a typo fails at start with a clear
 * message instead of surfacing later as a confusing runtime error.
 */
import { z } from 'zod';

// `API_PORT=` in a shell or .env file means "not set", not "port 0".
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

/** A browser origin as the Origin header carries it: scheme, host, optional port, no path. */
const ORIGIN = /^https?:\/\/[^/\s]+$/;

const Env = z.object({
  API_PORT: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\d+$/, { message: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().max(65_535, { message: 'must be at most 65535' }))
      .default(8000),
  ),
  DB_PATH: z.preprocess(unsetIfEmpty, z.string().default('./data/annotations.sqlite')),
  LOCAL_API_KEY: z.preprocess(unsetIfEmpty, z.string().default('dev-key')),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((raw) => (raw ?? '').split(',').map((origin) => origin.trim()))
    .transform((origins) => origins.filter((origin) => origin.length > 0))
    .pipe(
      z.array(
        z.string().regex(ORIGIN, {
          message: 'each origin must look like http://host:port (no path, no trailing slash)',
        }),
      ),
    ),
  API_QUIET: z.string().optional(),
});

/** Settings of one server run. */
export interface ServerConfig {
  /** TCP port on 127.0.0.1; 0 lets the OS pick a free one. */
  port: number;
  /** SQLite file, created with its folders on first start. */
  dbPath: string;
  /** Value every request must send in `X-API-KEY`. Never print it. */
  apiKey: string;
  /** Allowed CORS origins; empty means no CORS headers. */
  corsOrigins: string[];
  /** True when `API_QUIET=1`: no per-request log lines. */
  quiet: boolean;
}

/**
 * Reads API_PORT (default 8000), DB_PATH (default ./data/annotations.sqlite), LOCAL_API_KEY
 * (default dev-key), CORS_ORIGINS (comma-separated origins) and API_QUIET from `env`.
 * Throws an Error naming every bad variable; the message never contains a value.
 */
export function parseConfig(env: Record<string, string | undefined>): ServerConfig {
  const result = Env.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path[0]?.toString()}: ${issue.message}`,
    );
    throw new Error(`Invalid environment for the local API:\n${problems.join('\n')}`);
  }
  const { API_PORT, DB_PATH, LOCAL_API_KEY, CORS_ORIGINS, API_QUIET } = result.data;
  return {
    port: API_PORT,
    dbPath: DB_PATH,
    apiKey: LOCAL_API_KEY,
    corsOrigins: CORS_ORIGINS,
    quiet: API_QUIET === '1',
  };
}
