import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverFixture } from './testServer';

const t = serverFixture({ start: false });
afterEach(() => {
  vi.restoreAllMocks();
});

const serve = (options: Parameters<typeof t.start>[0] = {}) => t.start(options);

const preflight = (baseUrl: string, origin: string) =>
  fetch(`${baseUrl}/physical_samples/`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'x-api-key,content-type',
    },
  });

const corsHeaders = (res: Response) =>
  [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS', () => {
  it('sends no CORS headers at all when no origins are configured', async () => {
    const api = await serve();
    const options = await preflight(api.baseUrl, 'http://a.test');
    expect(options.ok).toBe(false);
    expect(corsHeaders(options)).toEqual([]);
    const get = await api.call('/physical_samples/', { headers: { Origin: 'http://a.test' } });
    expect(get.status).toBe(200);
    expect(corsHeaders(get)).toEqual([]);
  });

  it('allows exactly the configured origin, with the key and JSON headers', async () => {
    const api = await serve({ corsOrigins: ['http://a.test'] });
    const allowed = await preflight(api.baseUrl, 'http://a.test');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://a.test');
    const headers = allowed.headers.get('access-control-allow-headers')?.toLowerCase().split(',');
    expect(headers?.map((h) => h.trim()).sort()).toEqual(['content-type', 'x-api-key']);
    expect(allowed.headers.get('access-control-allow-methods')).toMatch(/PATCH/);
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const other = await preflight(api.baseUrl, 'http://b.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();

    const get = await api.call('/physical_samples/', { headers: { Origin: 'http://a.test' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://a.test');
    // Caches must not hand one origin's answer to another.
    expect(get.headers.get('vary')).toMatch(/origin/i);
    const otherGet = await api.call('/physical_samples/', { headers: { Origin: 'http://b.test' } });
    expect(otherGet.status).toBe(200);
    expect(otherGet.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('API key secrecy', () => {
  it('never writes the key (right or wrong) to the request log, the error log or the console', async () => {
    const KEY = 'Sekr1t-4c5b-key-that-must-not-leak';
    const WRONG = 'Wr0ng-9f1e-key-that-must-not-leak';
    const written: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        written.push(args.map((a) => (a instanceof Error ? `${a.stack}` : String(a))).join(' '));
      });
    }
    const logged: string[] = [];
    const api = await serve({
      apiKey: KEY,
      logRequest: (line) => logged.push(line),
      logError: (error) => written.push(error instanceof Error ? `${error.stack}` : String(error)),
    });
    const call = (path: string, init: RequestInit & { json?: unknown } = {}, key = KEY) =>
      api.call(path, { ...init, headers: { ...init.headers, 'X-API-KEY': key } });

    const sample = await (
      await call('/physical_samples/', { method: 'POST', json: { name: 'w' } })
    ).json();
    const base = `/physical_samples/${sample.id}/annotations`;
    const statuses = [
      (await fetch(`${api.baseUrl}/health`)).status,
      (await call(`/physical_samples/?api_key=${KEY}&token=${WRONG}`)).status,
      (
        await call(`${base}/bulk`, {
          method: 'POST',
          json: { annotations: [{ property_name: 'thk', property_value: 1 }] },
        })
      ).status,
      (await call(base, { method: 'POST', json: { property_name: KEY } })).status,
      (await call(`${base}/00000000-0000-4000-8000-000000000001`, { method: 'DELETE' })).status,
      (await call('/physical_samples/', {}, WRONG)).status,
    ];
    vi.spyOn(api.store, 'listAnnotations').mockImplementation(() => {
      throw new Error('forced failure');
    });
    statuses.push((await call(base)).status);
    expect(statuses).toEqual([200, 200, 200, 422, 404, 401, 500]);

    // The capture works: every request is logged and the forced failure reached the error log.
    expect(logged).toHaveLength(8);
    expect(logged.every((line) => /^(GET|POST|DELETE) \/\S* \d{3} \d+\.\dms$/.test(line))).toBe(
      true,
    );
    expect(written.join('\n')).toContain('forced failure');
    const everything = [...logged, ...written].join('\n');
    expect(everything).not.toContain(KEY);
    expect(everything).not.toContain(WRONG);
  });
});
