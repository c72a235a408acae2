/**
 * Helpers of cross-origin.spec.ts: a page on another local origin (the attacker), the attacks
 * it runs in the browser against the app's proxy, and Vite's dev server started from the real
 * vite.config.ts for the one test that needs dev.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createServer as createViteServer, type ViteDevServer } from 'vite';

/** A page served from 127.0.0.1 on its own port: another origin, same site as the app. */
export async function startAttackerSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Some other local page</title>');
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What each attempt got: the JSON text it read, or the error the browser raised. */
export type AttackResults = Record<string, string>;

/** Name a sample planted by another page would get, so the test can look for it. */
export const PLANTED = 'planted by another page';

/**
 * Runs, in `page` (on the attacker's origin), every way a page can try to read or write the
 * local data through the app server at `target` without knowing the key: plain and no-cors
 * reads, simple (no-preflight) and preflighted writes, a DELETE, and a text/plain form post
 * shaped as JSON. Writes use the sample name `planted`. Resolves with what each attempt got.
 */
export function attackFrom(page: Page, target: string, planted: string): Promise<AttackResults> {
  return page.evaluate(
    async ({ target, planted }) => {
      const results: Record<string, string> = {};
      const attempt = async (name: string, run: () => Promise<Response>) => {
        try {
          const res = await run();
          results[name] = res.type === 'opaque' ? 'opaque' : `${res.status} ${await res.text()}`;
        } catch (error) {
          results[name] = `blocked: ${(error as Error).name}`;
        }
      };
      const api = `${target}/api/physical_samples/`;
      const body = JSON.stringify({ name: planted });
      await attempt('read', () => fetch(api));
      await attempt('read with credentials', () => fetch(api, { credentials: 'include' }));
      await attempt('no-cors read', () => fetch(api, { mode: 'no-cors' }));
      await attempt('simple write', () =>
        fetch(api, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body,
        }),
      );
      await attempt('json write', () =>
        fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
      );
      await attempt('delete', () => fetch(`${api}x/annotations/y`, { method: 'DELETE' }));
      await attempt('atomscale read', () => fetch(`${target}/atomscale/physical_samples/`));
      // A form needs no CORS at all: the classic way to smuggle JSON as text/plain.
      const form = document.createElement('form');
      Object.assign(form, { method: 'POST', action: api, enctype: 'text/plain', target: 'sink' });
      const field = document.createElement('input');
      field.name = `{"name":"${planted}","x":"`;
      field.value = '"}';
      form.append(field);
      document.body.append(form);
      const frame = document.createElement('iframe');
      frame.name = 'sink';
      document.body.append(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      form.submit();
      await loaded;
      results['form post'] = 'sent';
      return results;
    },
    { target, planted },
  );
}

/**
 * Vite's dev server exactly as `npm run dev` configures it (vite.config.ts), proxying to the
 * e2e API, on a free port.
 */
export async function startDevServer(apiPort: number, apiKey: string): Promise<ViteDevServer> {
  // vite.config.ts reads these, as it does under `npm run dev`.
  process.env.API_PORT = String(apiPort);
  process.env.LOCAL_API_KEY = apiKey;
  const root = path.resolve(import.meta.dirname, '..');
  const server = await createViteServer({
    configFile: path.join(root, 'vite.config.ts'),
    root,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  return server;
}
