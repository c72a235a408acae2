/**
 * Hono middleware applying the shared origin rules (src/server/originRules.ts): the Host check
 * used by the local API and the app server, and the cross-origin refusal of the app server's
 * proxies. Answers are FastAPI-shaped (`{"detail": ...}`) like every other error of the API.
 */
import type { MiddlewareHandler } from 'hono';
import {
  CROSS_ORIGIN_DETAIL,
  CROSS_ORIGIN_STATUS,
  classifyRequest,
  HOST_REFUSED_DETAIL,
  HOST_REFUSED_STATUS,
  isAllowedHost,
  originHeaders,
} from './originRules';

/**
 * Refuses with 421 every request whose `Host` is not loopback or in `allowedHosts` (normalised
 * host names, see `normalizeAllowedHosts`). Register it before anything that answers.
 */
export function hostCheck(allowedHosts: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (!isAllowedHost(c.req.header('host'), allowedHosts)) {
      return c.json({ detail: HOST_REFUSED_DETAIL }, HOST_REFUSED_STATUS);
    }
    return next();
  };
}

/**
 * Refuses with 403 every request the browser marks as coming from another origin (see
 * `classifyRequest`); same-origin and header-less (non-browser) requests pass.
 */
export function refuseCrossOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (classifyRequest(originHeaders((name) => c.req.header(name))) === 'cross-origin') {
      return c.json({ detail: CROSS_ORIGIN_DETAIL }, CROSS_ORIGIN_STATUS);
    }
    return next();
  };
}
