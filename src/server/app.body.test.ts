import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../api/schemas';
import { MAX_JSON_DEPTH } from './app';
import { serverFixture, TEST_KEY } from './testServer';

const t = serverFixture({ sample: 'Wafer' });

const MB = 1024 * 1024;

interface UploadResult {
  status: number | undefined;
  body: string;
  /** Bytes the client had written when the response arrived. */
  sentBytes: number;
  /** True when the client had not finished its request when the response arrived. */
  requestStillOpen: boolean;
}

/**
 * Sends `method path` with a raw node:http request, writing 1 MB chunks (waiting for the socket
 * to drain after each) until a response arrives or `stopAfterBytes` were written; then it only
 * waits, never ending the request. Rejects when no response comes within 10 s.
 */
function upload(
  path: string,
  method: string,
  headers: Record<string, string>,
  stopAfterBytes: number,
): Promise<UploadResult> {
  const { port } = new URL(t.api.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      method,
      headers: { 'X-API-KEY': TEST_KEY, 'Content-Type': 'application/json', ...headers },
    });
    let sentBytes = 0;
    let answered = false;
    const guard = setTimeout(() => {
      req.destroy();
      reject(new Error(`no response after ${sentBytes} bytes`));
    }, 10_000);
    req.on('response', (res) => {
      answered = true;
      const result = { status: res.statusCode, sentBytes, requestStillOpen: !req.writableEnded };
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        body += text;
      });
      res.on('end', () => {
        clearTimeout(guard);
        req.destroy();
        resolve({ ...result, body });
      });
    });
    // The server may close the socket after answering; that is not a failure of the test.
    req.on('error', () => {});
    const chunk = Buffer.alloc(MB, 0x20);
    const writeMore = () => {
      if (answered || sentBytes >= stopAfterBytes) return;
      sentBytes += chunk.length;
      if (req.write(chunk)) setImmediate(writeMore);
      else req.once('drain', writeMore);
    };
    writeMore();
  });
}

const TOO_LARGE = '{"detail":"Request body exceeds the 10 MB limit"}';

describe('body size limit', () => {
  it.each([
    ['POST', 'bulk'],
    ['PATCH', '00000000-0000-4000-8000-000000000001'],
    ['DELETE', '00000000-0000-4000-8000-000000000001'],
  ])('answers a %s declaring more than 10 MB with 413 after 1 MB was sent', async (method, id) => {
    const declared = String(MAX_BODY_BYTES + 1);
    const result = await upload(`${t.base}/${id}`, method, { 'Content-Length': declared }, MB);
    expect(result).toEqual({ status: 413, body: TOO_LARGE, sentBytes: MB, requestStillOpen: true });
  });

  it('answers a chunked body with 413 once it passes 10 MB, before the client is done', async () => {
    const result = await upload(`${t.base}/bulk`, 'POST', {}, 40 * MB);
    expect(result.status).toBe(413);
    expect(result.body).toBe(TOO_LARGE);
    expect(result.requestStillOpen).toBe(true);
    expect(result.sentBytes).toBeGreaterThan(MAX_BODY_BYTES);
    expect(result.sentBytes).toBeLessThan(40 * MB);
  });

  it('lets a body of exactly 10 MB through to validation', async () => {
    // 10 MB of valid JSON passes the limit and reaches validation (422: not an object).
    const body = `"${'x'.repeat(MAX_BODY_BYTES - 2)}"`;
    const res = await t.api.call(`${t.base}/bulk`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(422);
    expect(t.api.store.listAnnotations(t.base.split('/')[2] ?? '')).toEqual([]);
  });
});

describe('content type', () => {
  const UNSUPPORTED = { detail: 'Content-Type must be application/json' };
  const body = JSON.stringify({ property_name: 'thk', property_value: 1 });

  it.each([
    ['POST', 'text/plain'],
    ['POST', 'application/x-www-form-urlencoded'],
    ['POST', undefined],
    ['PATCH', 'text/plain'],
    ['PATCH', 'multipart/form-data; boundary=x'],
    ['PATCH', undefined],
  ])('answers %s with Content-Type %s with 415 and changes nothing', async (method, type) => {
    const [a] = t.api.store.createAnnotations(t.base.split('/')[2] ?? '', [
      { property_name: 'thk', property_value: 0 },
    ]);
    const path = method === 'POST' ? t.base : `${t.base}/${a?.id}`;
    // A byte body makes fetch send no Content-Type at all.
    const init: RequestInit = type
      ? { method, headers: { 'Content-Type': type }, body }
      : { method, body: new TextEncoder().encode(body) };
    const res = await t.api.call(path, init);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual(UNSUPPORTED);
    expect(t.api.store.listAnnotations(t.base.split('/')[2] ?? '')).toEqual([a]);
  });
});

describe('JSON nesting', () => {
  /** `{"property_name":..,"metadata":{"k":[[...1...]]}}` with `depth` levels in total. */
  const nested = (depth: number) =>
    `{"property_name":"thk","property_value":1,"metadata":{"k":${'['.repeat(depth - 2)}1${']'.repeat(depth - 2)}}}`;

  it('accepts MAX_JSON_DEPTH levels and answers one more with 422, not a 500', async () => {
    const post = (body: string) =>
      t.api.call(t.base, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect((await post(nested(MAX_JSON_DEPTH))).status).toBe(200);
    const deeper = await post(nested(MAX_JSON_DEPTH + 1));
    expect(deeper.status).toBe(422);
    expect(await deeper.json()).toEqual({
      detail: [
        {
          loc: ['body'],
          msg: 'JSON decode error',
          type: 'json_invalid',
          ctx: { error: `nesting deeper than ${MAX_JSON_DEPTH} levels` },
        },
      ],
    });
    // 200,000 levels used to overflow JSON.stringify in the store.
    expect((await post(nested(200_000))).status).toBe(422);
  });

  it('does not count brackets or escaped quotes inside strings', async () => {
    const name = `\\"${'['.repeat(200)}{`;
    const res = await t.api.call(t.base, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"property_name":"${name}","property_value":1}`,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).property_name).toBe(`"${'['.repeat(200)}{`);
  });
});
