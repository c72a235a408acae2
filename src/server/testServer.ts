/**
 * Test helpers for the local API: a temp SQLite file and the real app behind a real HTTP server
 * on 127.0.0.1 with an OS-assigned port, and `serverFixture`, the per-test fixture every server
 * test file uses. Used only by src/server/*.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type AppOptions, createApp } from './app';
import { type OpenStoreOptions, openStore, type Store } from './store';

/** Key the test servers expect. */
export const TEST_KEY = 'test-key-123';

/** A fresh temp folder; `dbPath` inside it does not exist yet. `remove()` deletes the folder. */
export function tempDb(): { dir: string; dbPath: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wafer-api-'));
  return {
    dir,
    dbPath: join(dir, 'db', 'annotations.sqlite'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A running test server and its store. */
export interface TestServer {
  baseUrl: string;
  store: Store;
  /** fetch relative to the server, sending `X-API-KEY` (and a JSON content type with `json`). */
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  /** Stops the HTTP server, then closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the store at `dbPath` (with `storeOptions`) and serves `createApp` over it; `options`
 * override app options.
 */
export async function startServer(
  dbPath: string,
  options: Partial<Omit<AppOptions, 'store'>> = {},
  storeOptions: OpenStoreOptions = {},
): Promise<TestServer> {
  const store = openStore(dbPath, storeOptions);
  const app = createApp({ store, apiKey: TEST_KEY, logError: () => {}, ...options });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    store,
    call(path, { json, ...init } = {}) {
      const headers = new Headers(init.headers);
      if (!headers.has('x-api-key')) headers.set('X-API-KEY', TEST_KEY);
      if (json !== undefined) headers.set('Content-Type', 'application/json');
      const body = json !== undefined ? JSON.stringify(json) : init.body;
      return fetch(`${baseUrl}${path}`, { ...init, headers, body });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          store.close();
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** What `serverFixture` gives each test of a file. */
export interface ServerFixture {
  /** The test's first server (started before each test unless `start: false`). */
  readonly api: TestServer;
  /** The test's temp folder; `temp.dbPath` is the first server's database. */
  readonly temp: TempDb;
  /** The sample created before each test (with the `sample` option). */
  readonly sampleId: string;
  /** `/physical_samples/<sampleId>/annotations`. */
  readonly base: string;
  /**
   * Start another server for this test: the first on `temp.dbPath`, each later one on its own
   * database in the same folder. Every server is closed after the test.
   */
  start(
    options?: Partial<Omit<AppOptions, 'store'>>,
    storeOptions?: OpenStoreOptions,
  ): Promise<TestServer>;
  /** Close the first server and start a new one on the same database (a restart). */
  restart(): Promise<TestServer>;
}

/** A temp folder for one test (see tempDb). */
export type TempDb = ReturnType<typeof tempDb>;

/**
 * The one fixture of the server tests: before each test (`scope: 'file'`: once for the file) a
 * fresh temp folder, the app on a real 127.0.0.1 port over a new SQLite file (`start: false`:
 * none yet, only the folder; `app`: its options) and, with `sample`, a sample of that name; after
 * it every server it started is closed and the folder removed. Call at the top of a test file or
 * describe block.
 */
export function serverFixture(
  setup: {
    sample?: string;
    start?: boolean;
    app?: Partial<Omit<AppOptions, 'store'>>;
    /** 'file': one folder and server for all the tests of the file (or describe block). */
    scope?: 'test' | 'file';
  } = {},
): ServerFixture {
  let temp: TempDb | null = null;
  let servers: TestServer[] = [];
  let sampleId: string | null = null;
  const need = <T>(value: T | null | undefined, what: string): T => {
    if (value === null || value === undefined) throw new Error(`serverFixture: no ${what}`);
    return value;
  };
  const fixture: ServerFixture = {
    get api() {
      return need(servers[0], 'server started');
    },
    get temp() {
      return need(temp, 'temp folder (outside a test)');
    },
    get sampleId() {
      return need(sampleId, 'sample (pass the `sample` option)');
    },
    get base() {
      return `/physical_samples/${fixture.sampleId}/annotations`;
    },
    async start(options = {}, storeOptions = {}) {
      const dir = fixture.temp;
      const dbPath =
        servers.length === 0 ? dir.dbPath : join(dir.dir, `db-${servers.length}.sqlite`);
      const server = await startServer(dbPath, options, storeOptions);
      servers.push(server);
      return server;
    },
    async restart() {
      await fixture.api.close();
      const server = await startServer(fixture.temp.dbPath, setup.app);
      servers[0] = server;
      return server;
    },
  };
  const [before, after] = setup.scope === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    temp = tempDb();
    if (setup.start === false) return;
    const server = await fixture.start(setup.app);
    if (setup.sample !== undefined) sampleId = server.store.createSample(setup.sample).id;
  });
  after(async () => {
    for (const server of servers.splice(0).reverse()) await server.close();
    servers = [];
    sampleId = null;
    temp?.remove();
    temp = null;
  });
  return fixture;
}
