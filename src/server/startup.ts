/**
 * Start-up steps shared by `npm start` (start.ts) and `npm run dev` (dev.ts): read the
 * environment, fail with one line, wait for the local API.
 */
import { parseConfig, type ServerConfig } from './config';

/** Prints `message` to stderr and exits 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The validated environment (config.ts); a bad variable prints its message and exits 1. */
export function readConfigOrExit(): ServerConfig {
  try {
    return parseConfig(process.env);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Resolves once the local API answers /health; exits 1 after `timeoutMs`. */
export async function waitForApi(port: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fail(`The local API did not answer on port ${port} within ${timeoutMs / 1000} s.`);
}
