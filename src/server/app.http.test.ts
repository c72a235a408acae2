import { describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, PhysicalSampleList } from '../api/schemas';
import { serverFixture, TEST_KEY } from './testServer';

const t = serverFixture();

describe('health and auth', () => {
  it('answers GET /health without a key', async () => {
    const res = await fetch(`${t.api.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['no key', {}],
    ['a wrong key', { 'X-API-KEY': 'wrong' }],
    ['a wrong key of the same length', { 'X-API-KEY': TEST_KEY.replace(/3$/, '4') }],
  ])('answers 401 for %s without echoing it', async (_, headers: Record<string, string>) => {
    const res = await fetch(`${t.api.baseUrl}/physical_samples/`, { headers });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('{"detail":"Missing or invalid X-API-KEY"}');
  });

  it('checks the key before reading a body', async () => {
    const res = await fetch(`${t.api.baseUrl}/physical_samples/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'sneaky' }),
    });
    expect(res.status).toBe(401);
    expect(t.api.store.listSamples()).toEqual([]);
  });
});

describe('physical samples', () => {
  it('creates samples (200) and lists them, with and without a trailing slash', async () => {
    const res = await t.api.call('/physical_samples/', {
      method: 'POST',
      json: { name: 'Wafer A' },
    });
    expect(res.status).toBe(200);
    const created = await res.json();
    expect(created).toMatchObject({ name: 'Wafer A', owner_name: 'local' });
    expect(created.created_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    await t.api.call('/physical_samples', { method: 'POST', json: { name: 'Wafer B' } });
    for (const path of ['/physical_samples', '/physical_samples/']) {
      const list = PhysicalSampleList.parse(await (await t.api.call(path)).json());
      expect(list.map((s) => s.name)).toEqual(['Wafer A', 'Wafer B']);
    }
  });

  it('filters by physical_sample_id', async () => {
    const a = t.api.store.createSample('A');
    t.api.store.createSample('B');
    const one = await (await t.api.call(`/physical_samples/?physical_sample_id=${a.id}`)).json();
    expect(one).toEqual([a]);
    const none = await (
      await t.api.call('/physical_samples/?physical_sample_id=00000000-0000-4000-8000-000000000000')
    ).json();
    expect(none).toEqual([]);
    const bad = await t.api.call('/physical_samples/?physical_sample_id=nope');
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0].loc).toEqual(['query', 'physical_sample_id']);
  });

  it('rejects a blank name with 422', async () => {
    const res = await t.api.call('/physical_samples/', { method: 'POST', json: { name: ' ' } });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      detail: [{ loc: ['body', 'name'], msg: 'must not be empty', type: 'value_error' }],
    });
  });
});

describe('protocol errors', () => {
  it('answers unknown routes with FastAPI "Not Found"', async () => {
    const res = await t.api.call('/nothing/here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: 'Not Found' });
  });

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const res = await t.api.call('/physical_samples/', { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('POST');
    expect(await res.json()).toEqual({ detail: 'Method Not Allowed' });
  });

  it('answers 415 for a body that is not JSON, and accepts a charset parameter', async () => {
    const bad = await t.api.call('/physical_samples/', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(bad.status).toBe(415);
    expect(await bad.json()).toEqual({ detail: 'Content-Type must be application/json' });
    const ok = await t.api.call('/physical_samples/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(ok.status).toBe(200);
  });

  it('answers malformed JSON with 422 json_invalid at loc ["body"]', async () => {
    const res = await t.api.call('/physical_samples/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(422);
    const { detail } = await res.json();
    expect(detail).toMatchObject([{ loc: ['body'], type: 'json_invalid' }]);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const big = `{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}`;
    const declared = await t.api.call('/physical_samples/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ detail: 'Request body exceeds the 10 MB limit' });
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 11) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await t.api.call('/physical_samples/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(t.api.store.listSamples()).toEqual([]);
  });

  it('answers unexpected failures with a bare 500 and reports them to logError', async () => {
    const logError = vi.fn();
    const broken = await t.start({ logError });
    broken.store.close(); // every query now throws inside the handler
    const res = await broken.call('/physical_samples/');
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('{"detail":"Internal server error"}');
    expect(logError).toHaveBeenCalledWith(expect.any(Error));
  });
});
