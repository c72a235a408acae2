/**
 * The origin rules (src/server/originRules.ts) for Vite's dev and preview servers: a plugin that
 * checks the Host of every request and refuses cross-origin calls to the proxies, and the two
 * proxies themselves (`/api` -> local API with the key added only for same-origin requests,
 * `/atomscale` -> api.atomscale.ai). vite.config.ts wires them; appServer.ts does the same for
 * the production server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ProxyOptions } from 'vite';
import {
  CROSS_ORIGIN_DETAIL,
  CROSS_ORIGIN_STATUS,
  classifyRequest,
  HOST_REFUSED_DETAIL,
  HOST_REFUSED_STATUS,
  isAllowedHost,
  type OriginHeaders,
} from './originRules.ts';

/** Path prefixes the app's servers forward to an API. */
export const PROXIED_PREFIXES = ['/api', '/atomscale'] as const;

/** Request headers a proxy never forwards: the browser's cookies and page addresses are the
 * app's business, not the API's, and without `Origin` the API sends no CORS headers back. */
export const UNFORWARDED_REQUEST_HEADERS = ['cookie', 'origin', 'referer'] as const;

/** True when `url` (path and query) goes to one of PROXIED_PREFIXES. */
export function isProxiedPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return PROXIED_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

const single = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : value;

/** OriginHeaders of a Node request. */
export function nodeOriginHeaders(req: IncomingMessage): OriginHeaders {
  return {
    host: single(req.headers.host),
    origin: single(req.headers.origin),
    secFetchSite: single(req.headers['sec-fetch-site']),
  };
}

function refuse(res: ServerResponse, status: number, detail: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ detail }));
}

/**
 * Vite plugin: refuses (421) requests whose Host is not loopback or in `allowedHosts`, and (403)
 * requests to `/api` or `/atomscale` that the browser marks as cross-origin. Its middleware runs
 * before Vite's proxy and file serving, in `vite` (dev) and `vite preview`.
 */
export function originGuard(allowedHosts: readonly string[]): Plugin {
  const guard = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isAllowedHost(single(req.headers.host), allowedHosts)) {
      refuse(res, HOST_REFUSED_STATUS, HOST_REFUSED_DETAIL);
    } else if (
      isProxiedPath(req.url ?? '') &&
      classifyRequest(nodeOriginHeaders(req)) === 'cross-origin'
    ) {
      refuse(res, CROSS_ORIGIN_STATUS, CROSS_ORIGIN_DETAIL);
    } else {
      next();
    }
  };
  return {
    name: 'wafer-origin-guard',
    configureServer: (server) => void server.middlewares.use(guard),
    configurePreviewServer: (server) => void server.middlewares.use(guard),
  };
}

/** Configures a proxy to drop UNFORWARDED_REQUEST_HEADERS and any CORS grant from upstream. */
function withoutBrowserHeaders(
  extra?: (proxyReq: { setHeader(n: string, v: string): void }, req: IncomingMessage) => void,
): ProxyOptions['configure'] {
  return (proxy) => {
    proxy.on('proxyReq', (proxyReq, req: IncomingMessage) => {
      for (const name of UNFORWARDED_REQUEST_HEADERS) proxyReq.removeHeader(name);
      extra?.(proxyReq, req);
    });
    proxy.on('proxyRes', (proxyRes) => {
      for (const name of Object.keys(proxyRes.headers)) {
        if (name.startsWith('access-control-')) delete proxyRes.headers[name];
      }
    });
  };
}

/**
 * Vite's `server.proxy` / `preview.proxy`: `/api/*` -> the local API on 127.0.0.1:`apiPort`,
 * adding `apiKey` only to same-origin requests that carry no key (a key typed in the app's
 * settings is still what the server checks); `/atomscale/*` -> `atomscaleUrl`.
 */
export function devProxies(options: {
  apiPort: number;
  apiKey: string;
  atomscaleUrl?: string;
}): Record<string, ProxyOptions> {
  const api: ProxyOptions = {
    target: `http://127.0.0.1:${options.apiPort}`,
    // The API checks Host too: it must see its own loopback address, not the app's host.
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/api/, ''),
    configure: withoutBrowserHeaders((proxyReq, req) => {
      const sameOrigin = classifyRequest(nodeOriginHeaders(req)) === 'same-origin';
      if (sameOrigin && !req.headers['x-api-key']) proxyReq.setHeader('X-API-KEY', options.apiKey);
    }),
  };
  const atomscale: ProxyOptions = {
    target: options.atomscaleUrl ?? 'https://api.atomscale.ai',
    changeOrigin: true,
    secure: true,
    rewrite: (path) => path.replace(/^\/atomscale/, ''),
    configure: withoutBrowserHeaders(),
  };
  // Anchored patterns, so `/apifoo` is not proxied (a plain key matches any prefix).
  return { '^/api(?:/|\\?|$)': api, '^/atomscale(?:/|\\?|$)': atomscale };
}
