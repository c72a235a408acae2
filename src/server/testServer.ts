/**
 * Test helpers for the local API: a temp SQLite file and the real app behind a real HTTP server
 * on 127.0.0.1 with an OS-assigned port. Used only by src/server/*.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
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
