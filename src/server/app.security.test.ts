import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SpatialAnnotationList } from '../api/schemas';
import { serverFixture } from './testServer';

const t = serverFixture({ sample: 'Wafer' });
afterEach(() => {
  vi.restoreAllMocks();
});

/** Anything that looks like a stack frame, a source path or an internal error name. */
const LEAK =
  /\n\s*at |\bat .+:\d+:\d+|\.ts\b|\.js\b|node_modules|\/work\/|\/tmp\/|SqliteError|RangeError/;

const INJECTIONS = [
  "x'); DROP TABLE annotations;--",
  "'; DELETE FROM physical_samples; --",
  '" OR 1=1 --',
  "thk' OR '1'='1",
];

describe('SQL injection', () => {
  it('stores and returns SQL-looking text verbatim and keeps every table', async () => {
    const annotations = INJECTIONS.map((name, i) => ({
      property_name: name,
      property_value: i,
      char_source_type: name,
      property_unit: name,
    }));
    const res = await t.api.call(`${t.base}/bulk`, { method: 'POST', json: { annotations } });
    expect(res.status).toBe(200);
    const created = SpatialAnnotationList.parse(await res.json());
    expect(created.map((a) => [a.property_name, a.char_source_type, a.property_unit])).toEqual(
      INJECTIONS.map((name) => [name, name, name]),
    );
    const sample = await t.api.call('/physical_samples/', {
      method: 'POST',
      json: { name: INJECTIONS[1] },
    });
    expect((await sample.json()).name).toBe(INJECTIONS[1]);

    const all = SpatialAnnotationList.parse(await (await t.api.call(t.base)).json());
    expect(all.map((a) => a.property_name)).toEqual(INJECTIONS);
    const db = new Database(t.temp.dbPath, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['physical_samples', 'annotations']));
    expect(db.prepare('SELECT count(*) FROM physical_samples').pluck().get()).toBe(2);
    db.close();
  });

  it('treats filter values and path ids as text', async () => {
    t.api.store.createAnnotations(t.sampleId, [
      { property_name: INJECTIONS[0] ?? '', property_value: 1 },
      { property_name: 'thk', property_value: 2 },
    ]);
    const values = async (query: string) =>
      SpatialAnnotationList.parse(await (await t.api.call(`${t.base}/${query}`)).json()).map(
        (a) => a.property_value,
      );
    expect(await values(`?property_name=${encodeURIComponent(INJECTIONS[0] ?? '')}`)).toEqual([1]);
    for (const text of INJECTIONS.slice(1)) {
      expect(await values(`?property_name=${encodeURIComponent(text)}`)).toEqual([]);
      expect(await values(`?char_source_type=${encodeURIComponent(text)}`)).toEqual([]);
    }
    const del = await t.api.call(`${t.base}/${encodeURIComponent("x' OR '1'='1")}`, {
      method: 'DELETE',
    });
    expect(del.status).toBe(404);
    expect(await values('')).toEqual([1, 2]);
  });

  it('does not let "__proto__" keys pollute prototypes', async () => {
    const body =
      '{"property_name":"thk","property_value":1,"__proto__":{"polluted":true},' +
      '"metadata":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}';
    const res = await t.api.call(t.base, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('error bodies', () => {
  const failure = () => {
    const error = new Error('disk I/O error in /work/main/data/annotations.sqlite');
    error.stack = `${error.message}\n    at Object.listSamples (/work/main/src/server/store.ts:211:7)`;
    return error;
  };

  it('answers an internal error with exactly the bare 500 body and logs the real error', async () => {
    const logError = vi.fn();
    const broken = await t.start({ logError });
    vi.spyOn(broken.store, 'listSamples').mockImplementation(() => {
      throw failure();
    });
    const res = await broken.call('/physical_samples/');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toBe('{"detail":"Internal server error"}');
    expect(text).not.toMatch(LEAK);
    expect(logError).toHaveBeenCalledWith(expect.objectContaining({ stack: failure().stack }));
  });

  it('still answers the bare 500 when the error logger itself throws', async () => {
    const broken = await t.start({
      logError: () => {
        throw failure();
      },
    });
    vi.spyOn(broken.store, 'createSample').mockImplementation(() => {
      throw failure();
    });
    const res = await broken.call('/physical_samples/', { method: 'POST', json: { name: 'w' } });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('{"detail":"Internal server error"}');
  });

  it.each([
    ['truncated JSON', 'POST', '/bulk', '{"annotations": [{"property_name": '],
    ['a JSON array', 'POST', '', '[1, 2, 3]'],
    [
      'wrong types',
      'POST',
      '/bulk',
      '{"annotations": [{"property_name": 1, "property_value": {}}]}',
    ],
    ['a lone surrogate', 'POST', '', '{"property_name": "\\ud800", "property_value": "1e999"}'],
    ['bytes that are not UTF-8', 'POST', '', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['a bad PATCH id', 'PATCH', '/%E0%A4%A', '{"property_value": 1}'],
  ])('answers %s with a 4xx body that holds no stack or path', async (_, method, suffix, body) => {
    const res = await t.api.call(`${t.base}${suffix}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const text = await res.text();
    expect(JSON.parse(text)).toHaveProperty('detail');
    expect(text).not.toMatch(LEAK);
  });
});
