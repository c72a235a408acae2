/**
 * The production app server (`npm start`): serves the built app from `dist/` and forwards
 * `/api/*` to the local API and `/atomscale/*` to Atomscale, under the shared origin rules
 * (src/server/originRules.ts). Hono with @hono/node-server's `serveStatic`.
 *
 * - `/assets/*` (hashed names): precompressed br/gzip per Accept-Encoding (precompress.ts),
 *   `Cache-Control: public, max-age=31536000, immutable`, `Vary: Accept-Encoding`. A missing
 *   asset is a 404, never index.html (a stale page must fail loudly, not parse HTML as JS).
 * - Other files of `dist/` (index.html, icons): `no-cache`, so a new build is seen at once.
 * - Any other GET without a file extension (`/?sample=…`, `/some/deep/link`): index.html.
 */
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';
import { proxy } from 'hono/proxy';
import { secureHeaders } from 'hono/secure-headers';
import { hostCheck, refuseCrossOrigin } from './guards';
import { classifyRequest, originHeaders } from './originRules';
import { UNFORWARDED_REQUEST_HEADERS } from './viteServerRules';

/** Cache-Control of hashed assets: their name changes with their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control of index.html and unhashed files: revalidate every time. */
export const NO_CACHE = 'no-cache';

/** Where Atomscale's API lives; `/atomscale/*` is forwarded there. */
export const ATOMSCALE_URL = 'https://api.atomscale.ai';

/** Everything the app server needs; it owns no resources. */
export interface AppServerOptions {
  /** The `vite build` output folder (with index.html and assets/). */
  distDir: string;
  /** Origin of the local API, e.g. `http://127.0.0.1:8000`. */
  apiUrl: string;
  /** The local key, added to same-origin `/api` requests that carry none. Never logged. */
  apiKey: string;
  /** Host names accepted besides loopback (normalised, see originRules). */
  allowedHosts?: readonly string[];
  /** Upstream of `/atomscale/*`; tests point it at a local fake. Default ATOMSCALE_URL. */
  atomscaleUrl?: string;
  /** Receives unexpected errors; default console.error. */
  logError?: (error: unknown) => void;
}

/** The request URL's path after `prefix`, with its query string ("/x?y" for "/api/x?y"). */
function upstreamPath(c: Context, prefix: string): string {
  const url = new URL(c.req.url);
  return `${url.pathname.slice(prefix.length) || '/'}${url.search}`;
}

/**
 * Forwards the request to `target` without the browser's cookies, page addresses or Host, and
 * strips any CORS grant from the answer (this server grants no other origin anything). Answers
 * 502 with `unreachable` when the upstream cannot be reached.
 */
async function forward(
  c: Context,
  target: string,
  unreachable: string,
  addHeaders: Record<string, string> = {},
): Promise<Response> {
  const headers = new Headers(c.req.raw.headers);
  // `Expect: 100-continue` was answered by Node's HTTP server already; fetch refuses to send it
  // (curl adds it to every body over 1 MiB, so scripts would get a false "not reachable").
  for (const name of [...UNFORWARDED_REQUEST_HEADERS, 'host', 'expect']) headers.delete(name);
  for (const name of [...headers.keys()]) if (name.startsWith('sec-fetch-')) headers.delete(name);
  for (const [name, value] of Object.entries(addHeaders)) headers.set(name, value);
  try {
    const res = await proxy(target, { raw: c.req.raw, headers });
    for (const name of [...res.headers.keys()]) {
      if (name.startsWith('access-control-') || name === 'set-cookie') res.headers.delete(name);
    }
    return res;
  } catch {
    return c.json({ detail: unreachable }, 502);
  }
}

/** Encodings of the precompressed assets (precompress.ts), best first. */
const ASSET_ENCODINGS = ['br', 'gzip'];

/**
 * Rewrites Accept-Encoding to the one encoding to send among ASSET_ENCODINGS, or `identity`,
 * because serveStatic matches the header's items literally (`br;q=1.0` or `BR` would get the
 * uncompressed file). RFC 9110 §12.5.3: names are case-insensitive, `*` covers the others, q=0
 * refuses; among equal q-values the smaller file (our order) wins.
 */
const negotiateEncoding: MiddlewareHandler = async (c, next) => {
  const chosen = accepts(c, {
    header: 'Accept-Encoding',
    supports: ASSET_ENCODINGS,
    default: 'identity',
    match: (items, { supports, default: fallback }) => {
      const qOf = (name: string) =>
        items.find((i) => i.type.toLowerCase() === name)?.q ??
        items.find((i) => i.type === '*')?.q ??
        0;
      let best = fallback;
      let bestQ = 0;
      for (const name of supports) {
        const q = qOf(name);
        if (q > bestQ) [best, bestQ] = [name, q];
      }
      return best;
    },
  });
  c.req.raw.headers.set('Accept-Encoding', chosen);
  await next();
};

/** True when the last path segment has a file extension (`/wafer.svg`), not a deep link. */
const looksLikeFile = (urlPath: string) => /\.[^/]+$/.test(urlPath);

/**
 * Sets `Cache-Control: value` on the successful answers of the handlers after it, and
 * `Vary: Accept-Encoding` (serveStatic sets it only on compressed answers; a cache needs it on
 * the uncompressed one too). Set after `next()`, once the answer exists, so it cannot leak
 * onto an error answer.
 */
function cacheControl(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.ok) return;
    c.header('Cache-Control', value);
    if (!c.res.headers.has('Vary')) c.header('Vary', 'Accept-Encoding');
  };
}

/** Creates the app server's Hono app (see the module comment for what it serves). */
export function createAppServer(options: AppServerOptions): Hono {
  const root = path.resolve(options.distDir);
  const atomscaleUrl = options.atomscaleUrl ?? ATOMSCALE_URL;
  const logError = options.logError ?? ((error: unknown) => console.error(error));
  const app = new Hono();

  app.use(hostCheck(options.allowedHosts));
  // HSTS off: behind a TLS proxy it would pin every subdomain of the lab's domain to https.
  app.use(secureHeaders({ strictTransportSecurity: false }));

  app.use('/api/*', refuseCrossOrigin());
  app.all('/api/*', (c) => {
    const sameOrigin = classifyRequest(originHeaders((n) => c.req.header(n))) === 'same-origin';
    const key: Record<string, string> =
      sameOrigin && c.req.header('x-api-key') === undefined ? { 'X-API-KEY': options.apiKey } : {};
    const target = `${options.apiUrl}${upstreamPath(c, '/api')}`;
    return forward(c, target, 'The local API is not reachable', key);
  });
  app.use('/atomscale/*', refuseCrossOrigin());
  app.all('/atomscale/*', (c) =>
    forward(c, `${atomscaleUrl}${upstreamPath(c, '/atomscale')}`, 'Atomscale is not reachable'),
  );

  app.get(
    '/assets/*',
    cacheControl(IMMUTABLE),
    negotiateEncoding,
    serveStatic({ root, precompressed: true }),
    (c) => c.json({ detail: 'Not Found' }, 404, { 'Cache-Control': NO_CACHE }),
  );
  const indexHtml = serveStatic({ root, path: 'index.html' });
  app.get('*', cacheControl(NO_CACHE), serveStatic({ root }), (c, next) =>
    looksLikeFile(c.req.path) ? next() : indexHtml(c, next),
  );

  app.notFound((c) => c.json({ detail: 'Not Found' }, 404));
  app.onError((error, c) => {
    try {
      logError(error);
    } catch {
      // A failing logger must not hide the answer.
    }
    return c.json({ detail: 'Internal server error' }, 500);
  });
  return app;
}
