/**
 * The dev server as `npm run dev` starts it (the real vite.config.ts), in front of a test API:
 * no CORS for other origins, the Host checked, and the local key only for the app's own page.
 */
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './hostRequest';
import { serverFixture, TEST_KEY } from './testServer';
import { isProxiedPath } from './viteServerRules';

const root = path.resolve(import.meta.dirname, '../..');
const t = serverFixture({ scope: 'file' });
let vite: ViteDevServer;
let port: number;
const savedEnv = { ...process.env };

beforeAll(async () => {
  // vite.config.ts reads the same variables as `npm run dev` does.
  process.env.API_PORT = new URL(t.api.baseUrl).port;
  process.env.LOCAL_API_KEY = TEST_KEY;
  vite = await createServer({
    configFile: path.join(root, 'vite.config.ts'),
    root,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await vite.listen();
  port = Number(new URL(vite.resolvedUrls?.local[0] ?? '').port);
}, 30_000);
afterAll(async () => {
  await vite?.close();
  process.env = savedEnv;
});

const call = (urlPath: string, headers: Record<string, string>, method = 'GET') =>
  rawRequest(port, urlPath, { Host: `127.0.0.1:${port}`, ...headers }, method);

describe('vite dev server (vite.config.ts)', () => {
  it('grants no CORS to another localhost origin', async () => {
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:9999', 'http://[::1]:1']) {
      const preflight = await call(
        '/api/physical_samples/',
        { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        'OPTIONS',
      );
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const page = await call('/', { Origin: origin });
      expect(page.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('refuses hosts that are not loopback, including ones Vite itself would allow', async () => {
    for (const host of ['rebind.evil.example', 'localhost.evil.com', 'app.localhost', '10.0.0.1']) {
      const res = await rawRequest(port, '/', { Host: host });
      expect([host, [403, 421].includes(res.status)]).toEqual([host, true]);
    }
    expect((await call('/', {})).status).toBe(200);
  });

  it('adds the key for the app’s own page and for nothing else', async () => {
    const own = await call('/api/physical_samples/', { 'Sec-Fetch-Site': 'same-origin' });
    expect(own.status).toBe(200);
    const typed = await call('/api/physical_samples/', { 'Sec-Fetch-Site': 'none' });
    expect(typed.status).toBe(200);
    for (const headers of <Record<string, string>[]>[
      { 'Sec-Fetch-Site': 'same-site', Origin: 'http://127.0.0.1:9999' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://localhost:3000' },
    ]) {
      for (const method of ['GET', 'POST', 'OPTIONS']) {
        const res = await call('/api/physical_samples/', headers, method);
        expect([headers, method, res.status]).toEqual([headers, method, 403]);
      }
    }
    expect((await call('/api/physical_samples/', {})).status).toBe(401);
    expect((await call('/api/physical_samples/', { 'X-API-KEY': TEST_KEY })).status).toBe(200);
  });

  it('forwards /api only, not paths that merely start with it', () => {
    expect(isProxiedPath('/api')).toBe(true);
    expect(isProxiedPath('/api/physical_samples/?x=1')).toBe(true);
    expect(isProxiedPath('/api?x')).toBe(true);
    expect(isProxiedPath('/atomscale/x')).toBe(true);
    expect(isProxiedPath('/apifoo')).toBe(false);
    expect(isProxiedPath('/src/api/client.ts')).toBe(false);
  });
});
