/**
 * Who may talk to the local servers: the one rule shared by the local API (src/server/app.ts),
 * the production app server (src/server/appServer.ts) and Vite's dev/preview servers
 * (vite.config.ts). Pure functions over header values, so every server applies the same rule.
 *
 * - Host check: a request whose `Host` is not a loopback name or address (or a host listed in
 *   ALLOWED_HOSTS) is refused. This defeats DNS rebinding, where a page on evil.example makes
 *   its own name resolve to 127.0.0.1: the browser then still sends `Host: evil.example`.
 * - Same-origin key: a proxy adds the local key only to requests the browser marks as coming
 *   from the app's own origin (`Sec-Fetch-Site` and `Origin`, both set by the browser and not
 *   forgeable by a page). Any other page gets no key, and a request it marks as cross-origin is
 *   refused outright.
 */

/** Host names that always pass the Host check (any port): the loopback name and addresses. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** Answer status for a refused Host: 421 Misdirected Request (RFC 9110 §15.5.20). */
export const HOST_REFUSED_STATUS = 421;

/** Text of the refusal, naming the setting that changes it. */
export const HOST_REFUSED_DETAIL =
  'This server answers only requests addressed to 127.0.0.1, localhost or [::1] ' +
  '(or a host listed in ALLOWED_HOSTS)';

/** Answer status and text for a request the browser marked as coming from another origin. */
export const CROSS_ORIGIN_STATUS = 403;
export const CROSS_ORIGIN_DETAIL = 'Requests from other web pages are not accepted';

// What a Host header may contain: a bracketed IPv6 address or a name/IPv4 address, then an
// optional port. Everything else (userinfo '@', paths, spaces, percent escapes) is refused
// before the URL parser, which would otherwise read `evil@127.0.0.1` as 127.0.0.1.
const HOST_HEADER = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{0,5})?$/i;

/** A host name or address as ALLOWED_HOSTS lists it: no scheme, port, path or wildcard. */
export const HOST_NAME = /^(?:\[[0-9a-f:.]+\]|[a-z0-9-]+(?:\.[a-z0-9-]+)*)$/i;

/**
 * The host name of a `Host` header value, lowercased and in the URL standard's canonical form
 * (`[0:0::1]` becomes `[::1]`, `127.1` becomes `127.0.0.1`, as a browser would send it), without
 * the port. Undefined when the value is missing or is not a well-formed host[:port].
 */
export function hostNameOf(hostHeader: string | undefined): string | undefined {
  if (hostHeader === undefined || !HOST_HEADER.test(hostHeader)) return undefined;
  try {
    const url = new URL(`http://${hostHeader}/`);
    return url.hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Lowercases and canonicalises ALLOWED_HOSTS entries as `hostNameOf` does; drops bad ones. */
export function normalizeAllowedHosts(hosts: readonly string[]): string[] {
  return hosts.flatMap((host) => {
    const name = HOST_NAME.test(host) ? hostNameOf(host) : undefined;
    return name === undefined ? [] : [name];
  });
}

/**
 * True when `hostHeader` names a loopback host (LOOPBACK_HOSTS) or one of `allowedHosts`
 * (normalised host names), with any port. An address counts in every spelling the URL standard
 * reads as it (`127.1`, `0x7f000001`, `2130706433`, `127.0.0.1.`): these are the address itself,
 * resolved by no DNS, so they give DNS rebinding no way in. Missing, malformed and look-alike
 * hosts (`localhost.evil.com`, `127.0.0.1.nip.io`, `localhost.`) are false.
 */
export function isAllowedHost(
  hostHeader: string | undefined,
  allowedHosts: readonly string[] = [],
): boolean {
  const name = hostNameOf(hostHeader);
  if (name === undefined) return false;
  return LOOPBACK_HOSTS.includes(name) || allowedHosts.includes(name);
}

/** The headers `classifyRequest` reads; absent headers are undefined. */
export interface OriginHeaders {
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

/**
 * Where a request comes from, as far as the browser says. Both headers are set by the browser
 * and cannot be chosen by a page (any non-browser client can send anything, so they only ever
 * tell browsers' requests apart):
 * - `same-origin`: at least one of them vouches for the app's own page and neither says
 *   otherwise: `Sec-Fetch-Site` is `same-origin` (the app's own page) or `none` (typed in the
 *   address bar), and/or `Origin` is the app's own origin (scheme + `Host`).
 * - `cross-origin`: `Sec-Fetch-Site` is anything else (`same-site` covers another port of
 *   127.0.0.1), or `Origin` is another origin or `null`.
 * - `unknown`: neither header: not a browser (curl, a script) or an old browser's GET.
 */
export type RequestSite = 'same-origin' | 'cross-origin' | 'unknown';

/** The origins a page served under `hostHeader` can have (http and https, as a proxy in front
 * may terminate TLS), in URL origin form (default ports dropped). */
function ownOrigins(hostHeader: string | undefined): string[] {
  if (hostNameOf(hostHeader) === undefined) return [];
  return ['http', 'https'].map((scheme) => new URL(`${scheme}://${hostHeader}/`).origin);
}

/** Normalises an `Origin` header value to URL origin form; undefined for `null` or junk. */
function originOf(value: string): string | undefined {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Classifies a request by its `Sec-Fetch-Site`, `Origin` and `Host` headers (see RequestSite). */
export function classifyRequest(headers: OriginHeaders): RequestSite {
  const { origin, secFetchSite } = headers;
  if (origin !== undefined) {
    const normalized = originOf(origin.trim());
    if (normalized === undefined || !ownOrigins(headers.host).includes(normalized)) {
      return 'cross-origin';
    }
  }
  if (secFetchSite === undefined) return origin === undefined ? 'unknown' : 'same-origin';
  const site = secFetchSite.trim().toLowerCase();
  return site === 'same-origin' || site === 'none' ? 'same-origin' : 'cross-origin';
}

/** Reads OriginHeaders from a header getter (Hono's `c.req.header`, or a Node header map). */
export function originHeaders(get: (name: string) => string | undefined): OriginHeaders {
  return { host: get('host'), origin: get('origin'), secFetchSite: get('sec-fetch-site') };
}
