import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PhysicalSampleList } from '../api/schemas';
import { rawRequest } from './hostRequest';
import {
  type EchoedRequest,
  type RunningServer,
  startAppServer,
  startEchoUpstream,
  writeFixtureDist,
} from './testAppServer';
import { serverFixture, TEST_KEY } from './testServer';

const t = serverFixture({ scope: 'file' });
let dist: string;
let upstream: Awaited<ReturnType<typeof startEchoUpstream>>;
let app: RunningServer;
let appOrigin: string;
beforeAll(async () => {
  dist = await writeFixtureDist(mkdtempSync(path.join(tmpdir(), 'wafer-dist-')));
  upstream = await startEchoUpstream();
  app = await startAppServer({
    distDir: dist,
    apiUrl: t.api.baseUrl,
    apiKey: TEST_KEY,
    allowedHosts: ['lab-pc.example.org'],
    atomscaleUrl: upstream.url,
  });
  appOrigin = `http://127.0.0.1:${app.port}`;
});
afterAll(async () => {
  await app.close();
  await upstream.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A request to the app server as a browser on `origin` (or a plain client) would send it. */
function call(
  urlPath: string,
  headers: Record<string, string>,
  init: { method?: string; json?: unknown } = {},
) {
  const body = init.json === undefined ? undefined : JSON.stringify(init.json);
  const all = {
    Host: `127.0.0.1:${app.port}`,
    ...(body ? { 'Content-Type': 'application/json' } : {}),
    ...headers,
  };
  return rawRequest(app.port, urlPath, all, init.method ?? 'GET', body);
}

const samples = () => t.api.store.listSamples({}).map((s) => s.name);

describe('/api: the local key is added for the app’s own page only', () => {
  it.each([
    ['Sec-Fetch-Site same-origin', { 'Sec-Fetch-Site': 'same-origin' }],
    ['a typed address (Sec-Fetch-Site none)', { 'Sec-Fetch-Site': 'none' }],
    ['same-origin with its Origin', { 'Sec-Fetch-Site': 'same-origin', Origin: 'ORIGIN' }],
    ['its own Origin alone (no Sec-Fetch-Site)', { Origin: 'ORIGIN' }],
  ])('reads and writes for %s', async (_label, headers) => {
    const h = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v.replace('ORIGIN', appOrigin)]),
    );
    const created = await call('/api/physical_samples/', h, {
      method: 'POST',
      json: { name: 'through the proxy' },
    });
    expect(created.status).toBe(200);
    const id = JSON.parse(created.body).id as string;
    const listed = await call(`/api/physical_samples/?physical_sample_id=${id}`, h);
    expect(listed.status).toBe(200);
    expect(PhysicalSampleList.parse(JSON.parse(listed.body)).map((s) => s.id)).toEqual([id]);
  });

  it.each([
    ['another port of 127.0.0.1 (same-site)', { 'Sec-Fetch-Site': 'same-site' }],
    ['another site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a foreign Origin', { 'Sec-Fetch-Site': 'same-origin', Origin: 'http://127.0.0.1:9999' }],
    ['Origin null', { Origin: 'null' }],
    ['a foreign Origin, no Sec-Fetch-Site', { Origin: 'http://evil.example' }],
  ])('refuses %s with 403 and stores nothing', async (_label, headers) => {
    for (const method of ['GET', 'POST', 'DELETE', 'OPTIONS']) {
      const res = await call('/api/physical_samples/', headers, {
        method,
        ...(method === 'POST' ? { json: { name: 'planted' } } : {}),
      });
      expect([method, res.status]).toEqual([method, 403]);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.body).not.toContain(TEST_KEY);
    }
    expect(samples()).not.toContain('planted');
  });

  it('adds no key to a request without browser headers (curl, scripts): 401', async () => {
    const res = await call('/api/physical_samples/', {});
    expect(res.status).toBe(401);
    const withKey = await call('/api/physical_samples/', { 'X-API-KEY': TEST_KEY });
    expect(withKey.status).toBe(200);
  });

  it('forwards a body sent with Expect: 100-continue (curl does for bodies over 1 MiB)', async () => {
    const res = await call(
      '/api/physical_samples/',
      { 'X-API-KEY': TEST_KEY, Expect: '100-continue' },
      { method: 'POST', json: { name: 'Expecting wafer' } },
    );
    expect(res.status).toBe(200);
    expect(samples()).toContain('Expecting wafer');
  });

  it('checks a key the page sent itself instead of replacing it', async () => {
    const res = await call('/api/physical_samples/', {
      'Sec-Fetch-Site': 'same-origin',
      'X-API-KEY': 'typed-in-settings',
    });
    expect(res.status).toBe(401);
  });

  it('adds the key behind a TLS proxy that passes an allowed Host on', async () => {
    const res = await call('/api/physical_samples/', {
      Host: 'lab-pc.example.org',
      'Sec-Fetch-Site': 'same-origin',
      Origin: 'https://lab-pc.example.org',
    });
    expect(res.status).toBe(200);
  });

  it('answers 502 with a message when the local API is down', async () => {
    const orphan = await startAppServer({
      distDir: dist,
      apiUrl: 'http://127.0.0.1:9',
      apiKey: 'k',
    });
    try {
      const res = await rawRequest(orphan.port, '/api/physical_samples/', {
        Host: `127.0.0.1:${orphan.port}`,
        'Sec-Fetch-Site': 'same-origin',
      });
      expect(res.status).toBe(502);
      expect(JSON.parse(res.body).detail).toBe('The local API is not reachable');
    } finally {
      await orphan.close();
    }
  });
});

describe('/atomscale: forwarded server side, never with the local key', () => {
  it('forwards method, path, query, body and the page’s own key, and nothing private', async () => {
    const res = await call(
      '/atomscale/physical_samples/abc/annotations/bulk?x=1',
      {
        'Sec-Fetch-Site': 'same-origin',
        Origin: appOrigin,
        Referer: `${appOrigin}/?sample=abc`,
        Cookie: 'a=b',
        'X-API-KEY': 'atomscale-user-key',
      },
      { method: 'POST', json: { annotations: [] } },
    );
    expect(res.status).toBe(200);
    const echoed = JSON.parse(res.body) as EchoedRequest;
    expect(echoed.method).toBe('POST');
    expect(echoed.url).toBe('/physical_samples/abc/annotations/bulk?x=1');
    expect(echoed.body).toBe('{"annotations":[]}');
    expect(echoed.headers['x-api-key']).toBe('atomscale-user-key');
    expect(echoed.headers.host).toBe(`127.0.0.1:${upstream.port}`);
    for (const name of ['origin', 'referer', 'cookie', 'sec-fetch-site']) {
      expect([name, echoed.headers[name]]).toEqual([name, undefined]);
    }
    // No CORS grant or cookie from upstream reaches the browser.
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('never adds the local key', async () => {
    const res = await call('/atomscale/physical_samples/', { 'Sec-Fetch-Site': 'same-origin' });
    expect((JSON.parse(res.body) as EchoedRequest).headers['x-api-key']).toBeUndefined();
  });

  it('refuses cross-origin requests with 403 before reaching Atomscale', async () => {
    const res = await call('/atomscale/physical_samples/', {
      'Sec-Fetch-Site': 'cross-site',
      'X-API-KEY': 'stolen?',
    });
    expect(res.status).toBe(403);
  });
});
