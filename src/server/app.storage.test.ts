import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { describeError } from '../api/errorMessages';
import { ApiError } from '../api/errors';
import { openStore } from './store';
import { serverFixture, type TestServer } from './testServer';

const t = serverFixture({ start: false });
let sampleId: string;
let annotationId: string;
let api: TestServer;
const logged: unknown[] = [];

beforeEach(() => {
  const store = openStore(t.temp.dbPath);
  sampleId = store.createSample('Wafer').id;
  annotationId =
    store.createAnnotations(sampleId, [{ property_name: 't', property_value: 1 }])[0]?.id ?? '';
  store.close();
  logged.length = 0;
});

const start = (storeOptions: Parameters<typeof t.start>[1]) =>
  t.start({ logError: (e) => logged.push(e) }, storeOptions);

const base = () => `/physical_samples/${sampleId}/annotations`;
const big = (i: number) => ({
  property_name: 't',
  property_value: i,
  metadata: { filler: 'x'.repeat(60_000) },
});

async function expectDetail(res: Response, status: number, detail: string) {
  expect({ status: res.status, body: await res.json() }).toEqual({ status, body: { detail } });
}

describe('a read-only database (read-only SQLite open)', () => {
  const READ_ONLY = 'The local database cannot be written: the database file is read-only';

  it('answers every write with 503 naming the cause, and still serves reads', async () => {
    api = await start({ readonly: true });
    const writes: [string, string, object | undefined][] = [
      ['POST', base(), { property_name: 't', property_value: 2 }],
      ['POST', `${base()}/bulk`, { annotations: [{ property_name: 't', property_value: 2 }] }],
      ['PATCH', `${base()}/${annotationId}`, { property_value: 3 }],
      ['DELETE', `${base()}/${annotationId}`, undefined],
      ['POST', '/physical_samples', { name: 'New' }],
    ];
    for (const [method, path, json] of writes) {
      await expectDetail(await api.call(path, { method, json }), 503, READ_ONLY);
    }
    const listed = await api.call(`${base()}/`);
    expect(listed.status).toBe(200);
    expect(await listed.json()).toHaveLength(1);
    // The operator gets one line per failure, not a stack.
    expect(logged).toHaveLength(writes.length);
    expect(logged[0]).toBe(`POST ${base()}: ${READ_ONLY}`);
  });

  it('reaches the user as the reason on the submit, with the staged points kept', async () => {
    api = await start({ readonly: true });
    const client = createApiClient({ baseUrl: api.baseUrl, apiKey: 'test-key-123' });
    const error = await client
      .bulkCreateAnnotations(sampleId, [{ property_name: 't', property_value: 2 }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(describeError(error, { chunkSize: 500 })).toBe(
      'The local database cannot be written: the database file is read-only. Nothing in this chunk was stored; your points stay staged.',
    );
  });
});

describe('a full disk (PRAGMA max_page_count)', () => {
  it('answers 507 naming the cause and stores nothing of the chunk', async () => {
    const db = new Database(t.temp.dbPath, { readonly: true });
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    api = await start({ maxPageCount: pages + 2 });
    const res = await api.call(`${base()}/bulk`, {
      method: 'POST',
      json: { annotations: [0, 1, 2, 3, 4].map(big) },
    });
    await expectDetail(res, 507, 'The local database cannot be written: disk full');
    expect(api.store.listAnnotations(sampleId).map((r) => r.id)).toEqual([annotationId]);
    // Small writes that fit still work.
    const small = await api.call(base(), {
      method: 'POST',
      json: { property_name: 't', property_value: 2 },
    });
    expect(small.status).toBe(200);
  });
});

describe('a database another program holds locked', () => {
  it('answers a write with 503 "try again" and still serves reads', async () => {
    api = await start({ busyTimeoutMs: 50 });
    const other = new Database(t.temp.dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      const res = await api.call(base(), {
        method: 'POST',
        json: { property_name: 't', property_value: 2 },
      });
      await expectDetail(
        res,
        503,
        'The local database cannot be written: another program is using it (database locked); try again',
      );
      expect((await api.call(`${base()}/`)).status).toBe(200);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
