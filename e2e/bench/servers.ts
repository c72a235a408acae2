/**
 * Builds the app and starts it as a lab runs it (`npm start`: src/server/start.ts, the local API
 * on a temporary database and the production app server in one process) for the benchmark.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Overridable, so benchmarks in several worktrees of one machine do not collide.
export const BENCH_API_PORT = Number(process.env.BENCH_API_PORT ?? 8811);
export const BENCH_APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4211);
export const BENCH_KEY = 'bench-key';

const root = path.resolve(import.meta.dirname, '../..');

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up within ${timeoutMs} ms`);
}

/** Build the app, start the production server, and return a function that stops it. */
export async function startServers(): Promise<() => void> {
  const build = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--logLevel',
      'warn',
      ...(process.env.BENCH_NO_MINIFY ? ['--minify', 'false'] : []),
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('vite build failed');
  const dbPath = path.join(mkdtempSync(path.join(tmpdir(), 'wafer-bench-')), 'bench.sqlite');
  const env = {
    ...process.env,
    API_PORT: String(BENCH_API_PORT),
    APP_PORT: String(BENCH_APP_PORT),
    DB_PATH: dbPath,
    LOCAL_API_KEY: BENCH_KEY,
    API_QUIET: '1',
  };
  const children: ChildProcess[] = [
    spawn('npx', ['tsx', 'src/server/start.ts'], {
      cwd: root,
      env,
      stdio: 'ignore',
      detached: true,
    }),
  ];
  const stop = () => {
    for (const c of children) {
      if (c.pid) {
        try {
          process.kill(-c.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
  };
  try {
    await waitFor(`http://127.0.0.1:${BENCH_API_PORT}/health`, 60_000);
    await waitFor(`http://127.0.0.1:${BENCH_APP_PORT}/`, 60_000);
  } catch (e) {
    stop();
    throw e;
  }
  return stop;
}
