/**
 * No other web page can reach the local data: a page on another local origin (another port of
 * 127.0.0.1) cannot read or write through the app's proxy, neither on the production server
 * (`npm start`) nor on Vite's dev server (`npm run dev`); and a page whose own name resolves to
 * 127.0.0.1 (DNS rebinding) is refused by the Host check of the app server and the API.
 */
import { chromium } from '@playwright/test';
import type { ViteDevServer } from 'vite';
import { attackFrom, PLANTED, startAttackerSite, startDevServer } from './crossOrigin';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_API_KEY, E2E_API_PORT, E2E_APP_PORT } from './env';
import { expect, test } from './fixtures';

let attacker: Awaited<ReturnType<typeof startAttackerSite>>;
let dev: ViteDevServer | undefined;
test.beforeAll(async () => {
  attacker = await startAttackerSite();
});
test.afterAll(async () => {
  await attacker.close();
  await dev?.close();
});

const production = `http://127.0.0.1:${E2E_APP_PORT}`;
async function devOrigin(): Promise<string> {
  dev ??= await startDevServer(E2E_API_PORT, E2E_API_KEY);
  return (dev.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
}

for (const [name, origin] of [
  ['the production server', async () => production],
  ['the Vite dev server', devOrigin],
] as const) {
  test(`a page on another local port can neither read nor write through ${name}`, async ({
    page,
    api,
  }) => {
    const target = await origin();
    // The same attack from the app's own origin works: the test can tell a refusal apart.
    // (Any page of that origin will do; this one loads no scripts, so dev compiles nothing.)
    await page.goto(`${target}/api/health`);
    const own = await attackFrom(page, target, 'written by the app itself');
    expect(own.read).toMatch(/^200 \[/);
    expect(own['json write']).toMatch(/^200 \{/);

    const proxied: number[] = [];
    page.on('response', (res) => {
      if (res.url().startsWith(`${target}/api/`) || res.url().startsWith(`${target}/atomscale/`)) {
        proxied.push(res.status());
      }
    });
    await page.goto(attacker.url);
    const results = await attackFrom(page, target, PLANTED);
    // A no-cors answer is opaque to the page, or blocked outright where the server sends
    // Cross-Origin-Resource-Policy (the production server does).
    const unreadable = expect.stringMatching(/^(opaque|blocked: TypeError)$/);
    expect(results).toEqual({
      read: 'blocked: TypeError',
      'read with credentials': 'blocked: TypeError',
      'no-cors read': unreadable,
      'simple write': unreadable,
      'json write': 'blocked: TypeError',
      delete: 'blocked: TypeError',
      'atomscale read': 'blocked: TypeError',
      'form post': 'sent',
    });
    // Whatever reached the server was refused there, not merely hidden by the browser.
    expect(proxied.length).toBeGreaterThan(0);
    expect(new Set(proxied)).toEqual(new Set([403]));
    const names = (await api.listSamples()).map((s) => s.name);
    expect(names).not.toContain(PLANTED);
  });
}

test('a rebound name (evil page resolving to 127.0.0.1) gets nothing from either server', async () => {
  const target = await devOrigin();
  const devPort = new URL(target).port;
  // --host-resolver-rules makes rebind.test resolve to 127.0.0.1, as a DNS rebinding attack does.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP rebind.test 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    for (const port of [E2E_APP_PORT, E2E_API_PORT, Number(devPort)]) {
      for (const path of ['/', '/api/physical_samples/', '/physical_samples/', '/health']) {
        const res = await page.goto(`http://rebind.test:${port}${path}`);
        const refused = [403, 421].includes(res?.status() ?? 0);
        expect([port, path, refused]).toEqual([port, path, true]);
        expect(await page.content()).not.toContain(PLANTED);
        expect(await page.content()).not.toContain('Demo 150 mm');
      }
    }
    // Control: the same browser reaches the app under its loopback name.
    const own = await page.goto(`http://localhost:${E2E_APP_PORT}/`);
    expect(own?.status()).toBe(200);
  } finally {
    await browser.close();
  }
});
