import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE, NO_CACHE } from './appServer';
import { rawRequest } from './hostRequest';
import { FIXTURE, type RunningServer, startAppServer, writeFixtureDist } from './testAppServer';

let dir: string;
let app: RunningServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'wafer-dist-'));
  await writeFixtureDist(dir);
  // Nothing listens on port 9 (discard): /api answers are not the point here.
  app = await startAppServer({ distDir: dir, apiUrl: 'http://127.0.0.1:9', apiKey: 'k' });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (urlPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(app.port, urlPath, { Host: `127.0.0.1:${app.port}`, ...headers }, method);

const asset = `/assets/${FIXTURE.scriptName}`;

describe('hashed assets', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
    ['br', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip', 'gzip', gunzipSync],
    ['identity', undefined, (b: Buffer) => b],
    ['', undefined, (b: Buffer) => b],
    // q-values and case, as RFC 9110 allows: the preferred encoding wins, q=0 refuses.
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', 'br', brotliDecompressSync],
    ['gzip;q=1.0, br;q=0.5', 'gzip', gunzipSync],
    ['BR', 'br', brotliDecompressSync],
    ['GZip', 'gzip', gunzipSync],
    ['br;q=0, gzip', 'gzip', gunzipSync],
    ['br;q=0, gzip;q=0', undefined, (b: Buffer) => b],
  ])('Accept-Encoding "%s" gets %s', async (accept, encoding, decode) => {
    const res = await get(asset, accept ? { 'Accept-Encoding': accept } : {});
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe(encoding);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(decode(res.bytes).toString('utf8')).toBe(FIXTURE.script);
    if (encoding) expect(res.bytes.length).toBeLessThan(FIXTURE.script.length / 3);
    expect(Number(res.headers['content-length'])).toBe(res.bytes.length);
  });

  it('answers a missing asset with 404, never with index.html', async () => {
    for (const missing of ['/assets/app-0000.js', '/assets/x.css', '/assets/', '/assets/a/b']) {
      const res = await get(missing, { 'Accept-Encoding': 'br' });
      expect([missing, res.status]).toEqual([missing, 404]);
      expect(res.body).not.toContain('<title>');
      expect(res.headers['cache-control']).not.toBe(IMMUTABLE);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await get(asset, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.bytes.length).toBe(0);
  });
});

describe('index.html and deep links', () => {
  it.each([
    '/',
    '/index.html',
    '/?sample=1c0e6b0e-6a52-4b54-9a4b-4b0b2a9d7d11',
    '/?sample=x&tab=review',
    '/samples/abc/review',
    '/a/b/c/',
  ])('%s gets index.html, revalidated every time', async (urlPath) => {
    const res = await get(urlPath);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe(NO_CACHE);
    expect(res.body).toBe(FIXTURE.indexHtml);
  });

  it('serves other build files with no-cache and refuses unknown files with 404', async () => {
    const icon = await get('/wafer.svg');
    expect(icon.status).toBe(200);
    expect(icon.body).toBe(FIXTURE.icon);
    expect(icon.headers['cache-control']).toBe(NO_CACHE);
    for (const missing of ['/favicon.ico', '/app.js', '/deep/link/logo.png']) {
      expect([missing, (await get(missing)).status]).toEqual([missing, 404]);
    }
  });

  it('never serves files outside the build folder', async () => {
    for (const outside of ['/../package.json', '/assets/../../package.json', '/%2e%2e/x']) {
      const res = await get(outside);
      expect(res.body).not.toMatch(/"name"|"dependencies"/);
    }
  });

  it('sends protective headers: no framing by other sites, no MIME sniffing', async () => {
    const res = await get('/');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('Host check of the app server', () => {
  it('refuses a rebinding host for the page, the assets and the proxies', async () => {
    for (const urlPath of ['/', asset, '/?sample=x', '/api/physical_samples/', '/atomscale/x']) {
      const res = await rawRequest(app.port, urlPath, {
        Host: 'rebind.evil.example',
        'Sec-Fetch-Site': 'same-origin',
      });
      expect([urlPath, res.status]).toEqual([urlPath, 421]);
      expect(res.body).not.toContain('<title>');
    }
  });
});
