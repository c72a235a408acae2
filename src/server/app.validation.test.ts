import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ErrorBody, MAX_BULK_ANNOTATIONS } from '../api/schemas';
import { serverFixture } from './testServer';

const t = serverFixture({ sample: 'Wafer' });

const good = (value: number) => ({ property_name: 'thk', property_value: value });
const stored = () => t.api.store.listAnnotations(t.base.split('/')[2] ?? '');

async function expect422(path: string, method: string, json: unknown) {
  const res = await t.api.call(path, { method, json });
  expect(res.status).toBe(422);
  const body = ErrorBody.parse(await res.json());
  if (typeof body.detail === 'string') throw new Error('expected a detail list');
  return body.detail;
}

describe('422 validation', () => {
  it('lists every bad item of a bulk request and stores none', async () => {
    const annotations = [
      good(1),
      { property_name: 'thk', property_value: 'abc' },
      good(3),
      { property_value: 4, coord_ref_frame: 'wafer' },
    ];
    const detail = await expect422(`${t.base}/bulk`, 'POST', { annotations });
    expect(detail.map(({ loc, type }) => ({ loc, type }))).toEqual([
      { loc: ['body', 'annotations', 1, 'property_value'], type: 'float_type' },
      { loc: ['body', 'annotations', 3, 'property_name'], type: 'missing' },
      { loc: ['body', 'annotations', 3, 'coord_ref_frame'], type: 'enum' },
    ]);
    expect(detail.every((item) => item.msg.length > 0)).toBe(true);
    expect(stored()).toEqual([]);
  });

  it.each([
    ['property_value null', { property_name: 'thk', property_value: null }, 'property_value'],
    ['an empty property_name', { property_name: '', property_value: 1 }, 'property_name'],
    ['a bad coord_ref_frame', { ...good(1), coord_ref_frame: 'chuck' }, 'coord_ref_frame'],
    ['a data_id that is no UUID', { ...good(1), data_id: '42' }, 'data_id'],
    ['metadata that is an array', { ...good(1), metadata: [] }, 'metadata'],
  ])('rejects %s on create', async (_, item, field) => {
    const detail = await expect422(t.base, 'POST', item);
    expect(detail.map((d) => d.loc)).toEqual([['body', field]]);
    expect(stored()).toEqual([]);
  });

  it('rejects an empty bulk and one over the limit, naming the limit', async () => {
    const empty = await expect422(`${t.base}/bulk`, 'POST', { annotations: [] });
    expect(empty).toMatchObject([{ loc: ['body', 'annotations'], type: 'too_short' }]);
    const annotations = Array.from({ length: MAX_BULK_ANNOTATIONS + 1 }, (_, i) => good(i));
    const tooMany = await expect422(`${t.base}/bulk`, 'POST', { annotations });
    expect(tooMany).toEqual([
      {
        loc: ['body', 'annotations'],
        msg: `at most ${MAX_BULK_ANNOTATIONS} annotations per bulk request`,
        type: 'too_long',
      },
    ]);
    expect(stored()).toEqual([]);
  });

  it('rejects null for property_name or property_value on PATCH and changes nothing', async () => {
    const [a] = t.api.store.createAnnotations(t.base.split('/')[2] ?? '', [good(1)]);
    const detail = await expect422(`${t.base}/${a?.id}`, 'PATCH', {
      property_name: null,
      property_value: null,
    });
    expect(detail.map((d) => d.loc)).toEqual([
      ['body', 'property_name'],
      ['body', 'property_value'],
    ]);
    expect(stored()).toEqual([a]);
  });
});

describe('404', () => {
  const ghost = '/physical_samples/00000000-0000-4000-8000-000000000000/annotations';
  const sampleMissing = { detail: 'Physical sample not found' };

  it.each([
    ['GET', ghost, undefined],
    ['POST', ghost, good(1)],
    ['POST', `${ghost}/bulk`, { annotations: [good(1)] }],
    ['PATCH', `${ghost}/00000000-0000-4000-8000-000000000001`, { property_value: 2 }],
    ['DELETE', `${ghost}/00000000-0000-4000-8000-000000000001`, undefined],
  ])('%s %s answers "Physical sample not found"', async (method, path, json) => {
    const res = await t.api.call(path, { method, json });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual(sampleMissing);
  });

  it('answers "Annotation not found" for an unknown id or one of another sample', async () => {
    const other = t.api.store.createSample('Other').id;
    const [foreign] = t.api.store.createAnnotations(other, [good(1)]);
    for (const id of ['00000000-0000-4000-8000-000000000001', foreign?.id]) {
      const patch = await t.api.call(`${t.base}/${id}`, {
        method: 'PATCH',
        json: { property_value: 2 },
      });
      expect(patch.status).toBe(404);
      expect(await patch.json()).toEqual({ detail: 'Annotation not found' });
      const del = await t.api.call(`${t.base}/${id}`, { method: 'DELETE' });
      expect(del.status).toBe(404);
      expect(await del.json()).toEqual({ detail: 'Annotation not found' });
    }
    expect(t.api.store.listAnnotations(other)).toEqual([foreign]);
  });
});

describe('bulk transaction', () => {
  it('rolls back every row when the database fails mid-way, and answers a bare 500', async () => {
    // A second connection adds a trigger that aborts on the third row, after two inserts ran.
    const db = new Database(t.temp.dbPath);
    db.exec(`CREATE TRIGGER boom BEFORE INSERT ON annotations WHEN NEW.property_name = 'boom'
             BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
    db.close();
    const annotations = [good(1), good(2), { property_name: 'boom', property_value: 3 }, good(4)];
    const res = await t.api.call(`${t.base}/bulk`, { method: 'POST', json: { annotations } });
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('{"detail":"Internal server error"}');
    expect(stored()).toEqual([]);
    const after = await t.api.call(`${t.base}/bulk`, {
      method: 'POST',
      json: { annotations: [good(5)] },
    });
    expect(after.status).toBe(200);
    expect(stored().map((a) => a.property_value)).toEqual([5]);
  });
});
