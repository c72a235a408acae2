import { describe, expect, it } from 'vitest';
import { rawRequest, requestWithoutHost } from './hostRequest';
import { serverFixture, TEST_KEY } from './testServer';

const t = serverFixture({ start: false });

async function serve(options: Parameters<typeof t.start>[0] = {}) {
  const server = await t.start(options);
  return { server, port: Number(new URL(server.baseUrl).port) };
}

describe('Host check of the local API', () => {
  it('answers loopback hosts with any port and spelling', async () => {
    const { port } = await serve();
    const numeric = ['127.1', '0x7f000001', '2130706433', '127.0.0.1.', `127.0.0.1.:${port}`];
    for (const host of [
      '127.0.0.1',
      `127.0.0.1:${port}`,
      'localhost:1',
      'LOCALHOST',
      '[::1]',
      ...numeric,
    ]) {
      const res = await rawRequest(port, '/physical_samples/', {
        Host: host,
        'X-API-KEY': TEST_KEY,
      });
      expect([host, res.status]).toEqual([host, 200]);
    }
  });

  it('refuses other hosts with 421 before the key check, on every route', async () => {
    const { server, port } = await serve();
    const sampleId = server.store.createSample('Wafer').id;
    const hosts = ['evil.example', 'localhost.evil.com', '127.0.0.1.nip.io', `attacker:${port}`];
    for (const host of hosts) {
      for (const [method, path] of [
        ['GET', '/health'],
        ['GET', '/physical_samples/'],
        ['DELETE', `/physical_samples/${sampleId}/annotations/x`],
        ['OPTIONS', '/physical_samples/'],
      ] as const) {
        // With the right key (a rebinding page may know the default one) and without.
        for (const key of [{ 'X-API-KEY': TEST_KEY }, {}] as Record<string, string>[]) {
          const res = await rawRequest(port, path, { Host: host, ...key }, method);
          expect([host, method, path, res.status]).toEqual([host, method, path, 421]);
          expect(JSON.parse(res.body).detail).toMatch(/127\.0\.0\.1, localhost or \[::1\]/);
        }
      }
    }
    const post = await rawRequest(
      port,
      '/physical_samples/',
      { Host: 'evil.example', 'X-API-KEY': TEST_KEY, 'Content-Type': 'application/json' },
      'POST',
      JSON.stringify({ name: 'planted' }),
    );
    expect(post.status).toBe(421);
    expect(server.store.listSamples({}).map((s) => s.name)).toEqual(['Wafer']);
  });

  it('refuses a request without any Host', async () => {
    const { port } = await serve();
    expect(await requestWithoutHost(port, '/health')).toBe(421);
    // HTTP/1.1 requires Host: Node's parser answers 400 before our code runs (README says so).
    expect(await requestWithoutHost(port, '/health', '1.1')).toBe(400);
  });

  it('accepts hosts from the allow-list, and only those', async () => {
    const { port } = await serve({ allowedHosts: ['lab-pc.example.org'] });
    const get = (host: string) =>
      rawRequest(port, '/physical_samples/', { Host: host, 'X-API-KEY': TEST_KEY });
    expect((await get('lab-pc.example.org:8443')).status).toBe(200);
    expect((await get('127.0.0.1')).status).toBe(200);
    expect((await get('lab-pc.example.org.evil.com')).status).toBe(421);
  });

  it('sends no CORS grant with a refusal, even to a configured origin', async () => {
    const { port } = await serve({ corsOrigins: ['http://a.test'] });
    const res = await rawRequest(
      port,
      '/physical_samples/',
      {
        Host: 'evil.example',
        Origin: 'http://a.test',
        'Access-Control-Request-Method': 'POST',
      },
      'OPTIONS',
    );
    expect(res.status).toBe(421);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
