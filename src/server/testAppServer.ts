/**
 * Test helpers for the app server (appServer.ts): a small `dist/` folder shaped like Vite's
 * output, the app server on a real 127.0.0.1 port, and a fake upstream that echoes what it got.
 * Used only by src/server/appServer.*.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { type AppServerOptions, createAppServer } from './appServer';
import { precompressDir } from './precompress';

/** File names and contents of the fixture build. */
export const FIXTURE = {
  indexHtml: '<!doctype html><title>Wafer Annotator</title><script src="/assets/app-4f3a.js">',
  script: `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(',')}];\n`,
  scriptName: 'app-4f3a.js',
  icon: '<svg xmlns="http://www.w3.org/2000/svg"/>',
} as const;

/** Writes a Vite-like build (index.html, assets/ with .br/.gz copies, an icon) into `dir`. */
export async function writeFixtureDist(dir: string): Promise<string> {
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), FIXTURE.indexHtml);
  writeFileSync(path.join(dir, 'wafer.svg'), FIXTURE.icon);
  writeFileSync(path.join(dir, 'assets', FIXTURE.scriptName), FIXTURE.script);
  await precompressDir(path.join(dir, 'assets'));
  return dir;
}

/** A server on 127.0.0.1 with its port and a `close()` that resolves when it stopped. */
export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

async function listen(server: ReturnType<typeof serve>): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Serves `createAppServer(options)` on 127.0.0.1 with an OS-assigned port. */
export function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  const app = createAppServer({ logError: () => {}, ...options });
  return listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }));
}

/** What the echo upstream received. */
export interface EchoedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A fake upstream (standing in for api.atomscale.ai) answering every request with the request
 * it received as JSON, plus a CORS grant and a cookie that the app server must not pass on.
 */
export async function startEchoUpstream(): Promise<RunningServer & { url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const echoed: EchoedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      };
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': '*',
        'Set-Cookie': 'session=upstream',
      });
      res.end(JSON.stringify(echoed));
    });
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
