import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PhysicalSampleList } from '../api/schemas';
import { type Run, watchOutput } from './spawnTesting';
import { DEMO_SAMPLE_NAME, openStore } from './store';
import { serverFixture } from './testServer';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const KEY = 'main-test-key-do-not-print';

/** Starts `main.ts` the way `npm run api` does (through tsx) with only `env` set. */
function runMain(env: Record<string, string>): Run {
  const {
    CORS_ORIGINS: _c,
    API_QUIET: _q,
    API_PORT: _p,
    DB_PATH: _d,
    LOCAL_API_KEY: _k,
    ALLOWED_HOSTS: _h,
    ...inherited
  } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return watchOutput(child);
}

/** Resolves with the base URL once the start line appears; rejects if the process exits. */
async function startedAt(run: Run): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = /Local Atomscale API on (http:\/\/127\.0\.0\.1:\d+) \(db: /.exec(run.output());
    if (match?.[1]) return match[1];
    if (run.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`main.ts did not start:\n${run.output()}`);
}

/** 'open' when a TCP connection to host:port succeeds, else the error code (ECONNREFUSED ...). */
function probe(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('open');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });
}

/** Addresses that reach this machine but are not 127.0.0.1: a wildcard bind would answer them. */
function otherLocalAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal && info.family === 'IPv4')
    .map((info) => info?.address ?? '');
  // All of 127/8 is loopback on Linux, so 127.0.0.2 reaches a server bound to 0.0.0.0.
  return ['127.0.0.2', ...external];
}

describe('probe', () => {
  it('sees a server bound to 0.0.0.0 on 127.0.0.2 (so the bind check below can fail)', async () => {
    const server = createServer((socket) => socket.end()).listen(0, '0.0.0.0');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await probe('127.0.0.2', port)).toBe('open');
    } finally {
      server.close();
    }
  });
});

// Each test spawns tsx; on a loaded machine one start takes seconds, so the default 5 s is short.
describe('main.ts', { timeout: 30_000 }, () => {
  const t = serverFixture({ start: false });
  const runs: Run[] = [];
  afterEach(() => {
    for (const run of runs.splice(0)) if (run.child.exitCode === null) run.child.kill('SIGKILL');
  });

  async function samples(baseUrl: string) {
    const res = await fetch(`${baseUrl}/physical_samples/?page=1`, {
      headers: { 'X-API-KEY': KEY },
    });
    expect(res.status).toBe(200);
    return PhysicalSampleList.parse(await res.json());
  }

  it('starts on 127.0.0.1, seeds once, logs requests without the key, stops on SIGTERM', async () => {
    const env = { API_PORT: '0', DB_PATH: t.temp.dbPath, LOCAL_API_KEY: KEY };
    const first = runMain(env);
    runs.push(first);
    const baseUrl = await startedAt(first);
    expect(first.output()).toContain(`(db: ${t.temp.dbPath})`);
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    const port = Number(new URL(baseUrl).port);
    for (const host of [...otherLocalAddresses(), '::1']) {
      expect([host, await probe(host, port)]).not.toEqual([host, 'open']);
    }
    const seeded = await samples(baseUrl);
    expect(seeded.map((s) => s.name)).toEqual([DEMO_SAMPLE_NAME]);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // The log line of a request may arrive after its response, so read it once stdout closed.
    expect(first.output()).toMatch(/GET \/physical_samples\/? 200 \d+(\.\d+)?ms\n/);
    expect(first.output()).not.toContain(KEY);

    const second = runMain({ ...env, API_QUIET: '1' });
    runs.push(second);
    const again = await startedAt(second);
    expect(await samples(again)).toEqual(seeded);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(second.output()).not.toMatch(/GET \/physical_samples/);
  });

  it('warns in one line, without the key, when the default key is in use', async () => {
    const run = runMain({ API_PORT: '0', DB_PATH: t.temp.dbPath, API_QUIET: '1' });
    runs.push(run);
    await startedAt(run);
    run.child.kill('SIGTERM');
    await run.exited;
    const warnings = run
      .output()
      .split('\n')
      .filter((line) => /default key/.test(line));
    expect(warnings).toEqual([expect.stringMatching(/^Warning: .*set LOCAL_API_KEY/)]);
    expect(run.output()).not.toContain('dev-key');

    const custom = runMain({ API_PORT: '0', DB_PATH: t.temp.dbPath, LOCAL_API_KEY: KEY });
    runs.push(custom);
    await startedAt(custom);
    custom.child.kill('SIGTERM');
    await custom.exited;
    expect(custom.output()).not.toMatch(/default key|Warning/);
  });

  it('exits 1 with a clear message for an invalid environment', async () => {
    const run = runMain({ API_PORT: 'eighty', DB_PATH: t.temp.dbPath, LOCAL_API_KEY: KEY });
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/Invalid environment for the local API:\s+API_PORT: /);
    expect(run.output()).not.toContain(KEY);
  });

  // Each case: [what, how to make the bad path, the cause main.ts must name].
  it.each([
    ['a folder', (dir: string) => mkdirSync(join(dir, 'db.sqlite')), 'it is a folder, not a file'],
    [
      'a path under a file',
      (dir: string) => writeFileSync(join(dir, 'plain'), 'x'),
      'part of its folder path is a file, not a folder',
    ],
    [
      'a file that is not a database',
      (dir: string) => writeFileSync(join(dir, 'db.sqlite'), 'name,value\n'.repeat(200)),
      'the file is not an SQLite database',
    ],
  ])('prints one line with the path and the cause for %s, and exits 1', async (_, make, cause) => {
    make(t.temp.dir);
    const dbPath = cause.startsWith('part of')
      ? join(t.temp.dir, 'plain', 'sub', 'db.sqlite')
      : join(t.temp.dir, 'db.sqlite');
    const run = runMain({ API_PORT: '0', DB_PATH: dbPath, LOCAL_API_KEY: KEY });
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe(`Local API cannot open its database ${dbPath}: ${cause}\n`);
  });

  it('refuses a DB_PATH of only spaces (SQLite would keep the data in a temporary file)', async () => {
    const run = runMain({ API_PORT: '0', DB_PATH: '  ', LOCAL_API_KEY: KEY });
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe(
      'Local API cannot open its database "  ": the path is blank; set DB_PATH to a file such as ./data/annotations.sqlite\n',
    );
  });

  it('starts on a file whose old rows repeat a resubmit token, and says so once', async () => {
    const store = openStore(t.temp.dbPath);
    const sample = store.createSample('w').id;
    store.close();
    // Two rows with one token, as an older server could leave them; the token index goes away
    // with its columns' contents so that the next start must rebuild it.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(t.temp.dbPath);
    db.exec('DROP INDEX annotations_by_token');
    const row = db.prepare(
      `INSERT INTO annotations (id, physical_sample_id, property_name, property_value,
         annotation_metadata, last_updated) VALUES (?, ?, 't', 1, ?, 'now')`,
    );
    const metadata = '{"client_batch":"b","client_index":0}';
    row.run('00000000-0000-4000-8000-000000000001', sample, metadata);
    row.run('00000000-0000-4000-8000-000000000002', sample, metadata);
    db.close();
    const run = runMain({
      API_PORT: '0',
      DB_PATH: t.temp.dbPath,
      LOCAL_API_KEY: KEY,
      API_QUIET: '1',
    });
    runs.push(run);
    await startedAt(run);
    expect(run.output()).toContain(`${t.temp.dbPath}: 1 annotation repeats the client_batch`);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('stops when the command that started it dies without passing SIGTERM on (npm start)', async () => {
    // npm forwards SIGTERM to its shell, which dies and leaves the server to init: a shell that
    // waits for the server stands in for it here.
    const shell = spawn(
      'sh',
      ['-c', `"${process.execPath}" --import tsx "${MAIN}" & echo "PID $!"; wait`],
      {
        env: {
          ...process.env,
          API_PORT: '0',
          DB_PATH: t.temp.dbPath,
          LOCAL_API_KEY: KEY,
          API_QUIET: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const run = watchOutput(shell);
    await startedAt(run);
    const pid = Number(/PID (\d+)/.exec(run.output())?.[1]);
    expect(pid).toBeGreaterThan(0);
    shell.kill('SIGTERM');
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive()) process.kill(pid, 'SIGKILL');
    expect(alive()).toBe(false);
    expect(run.output()).toContain('The command that started the server ended; stopping.');
  });
});
