import { describe, expect, it, vi } from 'vitest';
import { anAnnotation, anAnnotationCreate } from '../testing/builders';
import { createApiClient } from './client';
import { ApiError } from './errors';

const SAMPLE = '9a8b7c6d-5e4f-4321-8fed-cba987654321';

function fakeFetch(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the call to fail');
}

describe('createApiClient', () => {
  it('sends the key as X-API-KEY only, never in the URL, and builds the query', async () => {
    const f = fakeFetch(200, []);
    const client = createApiClient({ baseUrl: '/api/', apiKey: 's3cret' }, f);
    await client.listAnnotations(SAMPLE, { property_name: 'thickness', x_min: -5 });
    const [url, init] = f.mock.calls[0] ?? [];
    expect(url).toBe(
      `/api/physical_samples/${SAMPLE}/annotations/?property_name=thickness&x_min=-5`,
    );
    expect(String(url)).not.toContain('s3cret');
    expect((init?.headers as Record<string, string> | undefined)?.['X-API-KEY']).toBe('s3cret');
  });

  it('sends no key header when the key is empty (the local proxy adds it)', async () => {
    const f = fakeFetch(200, []);
    await createApiClient({ baseUrl: '/api', apiKey: '' }, f).listSamples();
    expect(f.mock.calls[0]?.[1]?.headers).not.toHaveProperty('X-API-KEY');
  });

  it.each([
    [401, { detail: 'Missing or invalid X-API-KEY' }, 'unauthorized', /API key rejected/],
    [403, { detail: 'Forbidden' }, 'unauthorized', /API key rejected/],
    [404, { detail: 'Physical sample not found' }, 'not_found', /Physical sample not found/],
    [413, { detail: 'Request body exceeds the 10 MB limit' }, 'too_large', /Too large/],
    [500, { detail: 'Internal server error' }, 'server', /Server error/],
    [502, 'not json', 'server', /Server error \(HTTP 502\)/],
    [503, 'not json', 'server', /^Server error \(HTTP 503\)\.$/],
    [
      507,
      { detail: 'The local database cannot be written: disk full' },
      'unavailable',
      /^The local database cannot be written: disk full\.$/,
    ],
    [
      503,
      { detail: 'The local database cannot be written: the database file is read-only.' },
      'unavailable',
      /^The local database cannot be written: the database file is read-only\.$/,
    ],
  ])('maps HTTP %s to %s', async (status, body, kind, message) => {
    const e = await failure(
      createApiClient({ baseUrl: '/api', apiKey: 'k' }, fakeFetch(status, body)).listSamples(),
    );
    expect(e.kind).toBe(kind);
    expect(e.status).toBe(status);
    expect(e.message).toMatch(message);
  });

  it('never sends a body with a lone surrogate, from any call, and locates it', async () => {
    const f = fakeFetch(200, {});
    const client = createApiClient({ baseUrl: '/api', apiKey: 'k' }, f);
    const bad = 'thick\ud800ness';
    const calls = [
      client.createSample(bad),
      client.updateSample(SAMPLE, { physical_sample_metadata: { note: bad } }),
      client.createAnnotation(SAMPLE, anAnnotationCreate({ property_unit: bad })),
      client.bulkCreateAnnotations(SAMPLE, [
        anAnnotationCreate(),
        anAnnotationCreate({ property_name: bad }),
      ]),
      client.updateAnnotation(SAMPLE, 'r1', { char_source_type: bad }),
    ];
    const errors = await Promise.all(calls.map(failure));
    expect(f).not.toHaveBeenCalled();
    for (const e of errors) {
      expect(e.kind).toBe('validation');
      expect(e.status).toBeNull();
      expect(e.message).toMatch(/^Not sent: the input contains a broken character/);
    }
    expect(errors[3]?.fieldErrors).toEqual([
      {
        row: 1,
        field: 'property_name',
        message:
          'String contains a lone surrogate (U+D800): a broken character the browser would send as \uFFFD',
      },
    ]);
    expect(errors[1]?.fieldErrors[0]?.field).toBe('note');
  });

  it('sends text that only looks like an escape, and whole characters outside the BMP', async () => {
    const f = fakeFetch(200, {});
    const client = createApiClient({ baseUrl: '/api', apiKey: 'k' }, f);
    // A typed backslash sequence and a real pair of surrogates (an emoji) are both fine (the
    // fake answer is not a sample: only what was sent matters here).
    await client.createSample('note \\ud800 typed, 🧪 tube').catch(() => undefined);
    expect(f).toHaveBeenCalledTimes(1);
    const sent = JSON.parse(String(vi.mocked(f).mock.calls[0]?.[1]?.body));
    expect(sent).toEqual({ name: 'note \\ud800 typed, 🧪 tube' });
  });

  it('maps a 422 to located field errors', async () => {
    const f = fakeFetch(422, {
      detail: [
        { loc: ['body', 'annotations', 1, 'property_value'], msg: 'bad value', type: 'float_type' },
        {
          loc: ['body', 'annotations', 3, 'property_name'],
          msg: 'empty',
          type: 'string_too_short',
        },
      ],
    });
    const e = await failure(
      createApiClient({ baseUrl: '/api', apiKey: 'k' }, f).bulkCreateAnnotations(SAMPLE, [
        anAnnotationCreate(),
      ]),
    );
    expect(e.kind).toBe('validation');
    expect(e.fieldErrors).toEqual([
      { row: 1, field: 'property_value', message: 'bad value' },
      { row: 3, field: 'property_name', message: 'empty' },
    ]);
  });

  it('says "not supported by this server" when DELETE meets a 405 or a route-missing 404', async () => {
    for (const [status, body] of [
      [405, { detail: 'Method Not Allowed' }],
      [404, { detail: 'Not Found' }],
    ] as const) {
      const e = await failure(
        createApiClient({ baseUrl: '/api', apiKey: 'k' }, fakeFetch(status, body)).deleteAnnotation(
          SAMPLE,
          'a',
        ),
      );
      expect(e.kind).toBe('not_supported');
      expect(e.message).toMatch(/not supported by this server/);
    }
    const missing = await failure(
      createApiClient(
        { baseUrl: '/api', apiKey: 'k' },
        fakeFetch(404, { detail: 'Annotation not found' }),
      ).deleteAnnotation(SAMPLE, 'a'),
    );
    expect(missing.kind).toBe('not_found');
  });

  it('names the field when a response breaks the contract', async () => {
    const f = fakeFetch(200, [{ ...anAnnotation(), property_value: 'twelve' }]);
    const e = await failure(
      createApiClient({ baseUrl: '/api', apiKey: 'k' }, f).listAnnotations(SAMPLE),
    );
    expect(e.kind).toBe('contract');
    expect(e.message).toMatch(/field 0\.property_value/);
  });

  it('treats a bulk answer of the wrong length as a contract break', async () => {
    const f = fakeFetch(200, [anAnnotation()]);
    const e = await failure(
      createApiClient({ baseUrl: '/api', apiKey: 'k' }, f).bulkCreateAnnotations(SAMPLE, [
        anAnnotationCreate(),
        anAnnotationCreate(),
      ]),
    );
    expect(e.kind).toBe('contract');
    expect(e.message).toMatch(/sent 2 annotations, got 1/);
  });

  it('turns a failed fetch into a network error naming the base URL', async () => {
    const f = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const e = await failure(
      createApiClient({ baseUrl: 'https://api.example.test', apiKey: 'k' }, f).listSamples(),
    );
    expect(e.kind).toBe('network');
    expect(e.message).toBe("Can't reach the API at https://api.example.test.");
  });
});

describe('physical sample setup calls', () => {
  const sample = {
    id: SAMPLE,
    name: 'Wafer',
    created_datetime: '2026-04-03T14:36:51.973648',
    last_updated: '2026-04-03T14:36:51.973648',
    owner_name: 'lab',
  };
  const metadata = { wafer_map: { version: 1 }, theirs: { nested: [1, { a: null }] } };

  it('updateSample sends a PATCH with the changes and keeps every metadata key of the answer', async () => {
    const f = fakeFetch(200, { ...sample, physical_sample_metadata: metadata, version: 3 });
    const client = createApiClient({ baseUrl: '/api', apiKey: 'k' }, f);
    const updated = await client.updateSample(SAMPLE, { physical_sample_metadata: metadata });
    const [url, init] = f.mock.calls[0] ?? [];
    expect(url).toBe(`/api/physical_samples/${SAMPLE}`);
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ physical_sample_metadata: metadata });
    expect(updated.physical_sample_metadata).toEqual(metadata);
  });

  it('getSample filters the list by id; a list without metadata leaves it undefined', async () => {
    const f = fakeFetch(200, [sample]);
    const client = createApiClient({ baseUrl: '/api', apiKey: 'k' }, f);
    const got = await client.getSample(SAMPLE);
    expect(f.mock.calls[0]?.[0]).toBe(`/api/physical_samples/?physical_sample_id=${SAMPLE}`);
    expect(got?.physical_sample_metadata).toBeUndefined();
    expect(got).not.toHaveProperty('physical_sample_metadata');
    const none = createApiClient({ baseUrl: '/api', apiKey: 'k' }, fakeFetch(200, []));
    expect(await none.getSample(SAMPLE)).toBeNull();
  });

  it('reads null metadata as null, not as absent', async () => {
    const f = fakeFetch(200, [{ ...sample, physical_sample_metadata: null }]);
    const got = await createApiClient({ baseUrl: '/api', apiKey: 'k' }, f).getSample(SAMPLE);
    expect(got?.physical_sample_metadata).toBeNull();
  });
});
