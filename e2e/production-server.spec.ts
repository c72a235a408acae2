/**
 * The production server that `npm start` runs (and this suite runs against): compressed hashed
 * assets with long cache lifetimes, index.html revalidated every time, and deep links that open
 * the app.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawRequest } from '../src/server/hostRequest';
import { MIN_COMPRESS_BYTES } from '../src/server/precompress';
import { E2E_APP_PORT } from './env';
import { expect, test } from './fixtures';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const host = { Host: `127.0.0.1:${E2E_APP_PORT}` };
const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(E2E_APP_PORT, path, { ...host, ...headers });

/** The hashed script and stylesheet index.html loads. */
async function builtAssets(): Promise<string[]> {
  const html = (await get('/')).body;
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  expect(assets.length).toBeGreaterThanOrEqual(2);
  return assets;
}

test('hashed assets are sent as brotli or gzip per Accept-Encoding, cached for a year', async () => {
  for (const asset of await builtAssets()) {
    const plain = await get(asset, { 'Accept-Encoding': 'identity' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    // A tiny chunk (e.g. the bundler's runtime) is not worth compressing and is sent as is.
    const small = plain.bytes.length < MIN_COMPRESS_BYTES;
    if (small) {
      const res = await get(asset, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      expect([asset, res.headers['content-encoding']]).toEqual([asset, undefined]);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
    }
    for (const [accept, encoding, decode] of small
      ? []
      : ([
          ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
          ['gzip, deflate', 'gzip', gunzipSync],
        ] as const)) {
      const res = await get(asset, { 'Accept-Encoding': accept });
      expect([asset, accept, res.status]).toEqual([asset, accept, 200]);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.headers.vary).toBe('Accept-Encoding');
      // Script and CSS text shrinks by far more than half once there is enough of it; a chunk
      // of a few kB (a lazy part's stub, mostly hashed names) only has to get smaller.
      const bound = plain.bytes.length > 10_000 ? plain.bytes.length / 2 : plain.bytes.length;
      expect(res.bytes.length).toBeLessThan(bound);
      expect(decode(res.bytes).equals(plain.bytes)).toBe(true);
    }
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers.vary).toBe('Accept-Encoding');
  }
  const missing = await get('/assets/index-00000000.js', { 'Accept-Encoding': 'br' });
  expect(missing.status).toBe(404);
  expect(missing.body).not.toContain('<div id="root">');
});

test('the browser receives the app script brotli-compressed and index.html as no-cache', async ({
  page,
}) => {
  const encodings = new Map<string, string | undefined>();
  page.on('response', async (res) => {
    const url = new URL(res.url());
    if (url.pathname === '/' || url.pathname.startsWith('/assets/')) {
      encodings.set(
        url.pathname,
        `${(await res.allHeaders())['content-encoding']}|${res.headers()['cache-control']}`,
      );
    }
  });
  await page.goto('/');
  await expect(page.getByLabel('Physical sample')).toBeVisible();
  const script = [...encodings.keys()].find((path) => /^\/assets\/index-.+\.js$/.test(path));
  expect(script).toBeDefined();
  expect(encodings.get(script ?? '')).toBe(`br|${IMMUTABLE}`);
  expect(encodings.get('/')).toBe('undefined|no-cache');
});

test('a deep link opens the sample; unknown paths fall back to the app', async ({
  page,
  samplePage,
  newSample,
}) => {
  const sample = await newSample('Deep link wafer');
  for (const path of [`/?sample=${sample.id}`, '/some/bookmarked/page', '/review/']) {
    const res = await get(path);
    expect([path, res.status]).toEqual([path, 200]);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('<div id="root">');
  }
  await samplePage.open(sample.id);
  await expect(page.getByLabel('Physical sample')).toHaveValue(sample.id);
  await page.reload();
  await expect(samplePage.map).toHaveAttribute('data-px-per-mm', /\d/);
  await expect(page).toHaveURL(new RegExp(`\\?sample=${sample.id}$`));
});
