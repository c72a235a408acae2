/**
 * Running a server script (start.ts, dev.ts) as a child process in tests, as `npm start` and
 * `npm run dev` do: its output collected, its exit awaited, free ports, open-port checks.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { type AddressInfo, connect, createServer } from 'node:net';
import { stripVTControlCharacters } from 'node:util';

/** A running script: `output()` is stdout and stderr so far. */
export interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `node --import tsx <script>` with API_QUIET=1 and `env` (no port, db or key inherited). */
export function runScript(script: string, env: Record<string, string>): Run {
  const { API_PORT: _a, APP_PORT: _b, DB_PATH: _d, LOCAL_API_KEY: _k, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...inherited, API_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return watchOutput(child);
}

/**
 * `child`'s stdout and stderr as one text, terminal colour codes removed: a CI that forces
 * colour (FORCE_COLOR, a TTY) makes Vite print `127.0.0.1:\x1b[1m5173\x1b[22m/`, and a test
 * reads what a person sees. `exited` resolves on 'close', after both streams were read.
 */
export function watchOutput(child: ChildProcess): Run {
  let output = '';
  const add = (chunk: Buffer | string) => {
    output += chunk;
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output: () => stripVTControlCharacters(output), exited };
}

/** A port that was free a moment ago (the OS hands out a fresh one each time). */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function isOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits for the start-up line `ready` (a build may run first) or the end of the process. */
export async function readyOrExit(run: Run, ready: RegExp): Promise<RegExpExecArray | null> {
  const end = Date.now() + 150_000;
  while (Date.now() < end && run.child.exitCode === null) {
    const match = ready.exec(run.output());
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return ready.exec(run.output());
}

/** The variables a server script reads: its two ports, the database and, if given, the key. */
export function serverEnv(
  apiPort: number,
  appPort: number,
  dbPath: string,
  apiKey?: string,
): Record<string, string> {
  return {
    API_PORT: String(apiPort),
    APP_PORT: String(appPort),
    DB_PATH: dbPath,
    ...(apiKey === undefined ? {} : { LOCAL_API_KEY: apiKey }),
  };
}
