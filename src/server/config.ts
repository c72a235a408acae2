/**
 * Environment of the local API and the app server (`npm start`, `npm run dev`), validated with zod so a typo fails at start with a clear
 * message instead of surfacing later as a confusing runtime error.
 */
import { z } from 'zod';
import { HOST_NAME, normalizeAllowedHosts } from './originRules.ts';

/** The key used when LOCAL_API_KEY is not set; anyone can guess it, so start-up warns. */
export const DEFAULT_API_KEY = 'dev-key';

// `API_PORT=` in a shell or .env file means "not set", not "port 0".
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

/** A browser origin as the Origin header carries it: scheme, host, optional port, no path. */
const ORIGIN = /^https?:\/\/[^/\s]+$/;

/** A TCP port as an environment variable holds it, with its default when unset. */
const portVariable = (fallback: number) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^\d+$/, { message: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().max(65_535, { message: 'must be at most 65535' }))
      .default(fallback),
  );

/** A comma-separated list: entries trimmed, empty entries dropped. */
const listVariable = z
  .string()
  .optional()
  .transform((raw) => (raw ?? '').split(',').map((entry) => entry.trim()))
  .transform((entries) => entries.filter((entry) => entry.length > 0));

const Env = z.object({
  API_PORT: portVariable(8000),
  APP_PORT: portVariable(5173),
  DB_PATH: z.preprocess(unsetIfEmpty, z.string().default('./data/annotations.sqlite')),
  LOCAL_API_KEY: z.preprocess(unsetIfEmpty, z.string().default(DEFAULT_API_KEY)),
  CORS_ORIGINS: listVariable.pipe(
    z.array(
      z.string().regex(ORIGIN, {
        message: 'each origin must look like http://host:port (no path, no trailing slash)',
      }),
    ),
  ),
  ALLOWED_HOSTS: listVariable.pipe(
    z.array(
      z.string().regex(HOST_NAME, {
        message:
          'each host must be a name or address without scheme or port, e.g. lab-pc.example.org',
      }),
    ),
  ),
  API_QUIET: z.string().optional(),
});

/** Settings of one server run. */
export interface ServerConfig {
  /** TCP port of the local API on 127.0.0.1; 0 lets the OS pick a free one. */
  port: number;
  /** TCP port of the app server (`npm start`, `npm run dev`) on 127.0.0.1. */
  appPort: number;
  /** SQLite file, created with its folders on first start. */
  dbPath: string;
  /** Value every request must send in `X-API-KEY`. Never print it. */
  apiKey: string;
  /** Allowed CORS origins; empty means no CORS headers. */
  corsOrigins: string[];
  /** Host names accepted in `Host` besides loopback (lowercased, canonical); see originRules. */
  allowedHosts: string[];
  /** True when `API_QUIET=1`: no per-request log lines. */
  quiet: boolean;
}

/**
 * Reads API_PORT (default 8000), APP_PORT (default 5173), DB_PATH (default
 * ./data/annotations.sqlite), LOCAL_API_KEY (default dev-key), CORS_ORIGINS (comma-separated
 * origins), ALLOWED_HOSTS (comma-separated host names) and API_QUIET from `env`.
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
  const data = result.data;
  return {
    port: data.API_PORT,
    appPort: data.APP_PORT,
    dbPath: data.DB_PATH,
    apiKey: data.LOCAL_API_KEY,
    corsOrigins: data.CORS_ORIGINS,
    allowedHosts: normalizeAllowedHosts(data.ALLOWED_HOSTS),
    quiet: data.API_QUIET === '1',
  };
}
