import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SpatialAnnotation, SpatialAnnotationList } from '../api/schemas';
import { serverFixture } from './testServer';

const t = serverFixture({ sample: 'Wafer' });
afterEach(() => {
  vi.useRealTimers();
});

async function bulk(annotations: object[]) {
  const res = await t.api.call(`${t.base}/bulk`, { method: 'POST', json: { annotations } });
  expect(res.status).toBe(200);
  return SpatialAnnotationList.parse(await res.json());
}

async function list(query = '') {
  const res = await t.api.call(`${t.base}/${query}`);
  expect(res.status).toBe(200);
  return SpatialAnnotationList.parse(await res.json());
}

describe('create and list', () => {
  it('creates one annotation with every field written by the server', async () => {
    const res = await t.api.call(t.base, {
      method: 'POST',
      json: {
        property_name: 'thickness',
        property_value: 512.5,
        property_unit: 'nm',
        coord_ref_frame: 'sample_relative',
        coord_x: -12.5,
        data_id: '0b7e5c1e-0000-0000-0000-000000000001',
        metadata: { pattern: 'polar-49', ring: 2 },
      },
    });
    expect(res.status).toBe(200);
    const raw = await res.json();
    const created = SpatialAnnotation.parse(raw);
    // The server already writes the normalised shape: parsing changes nothing.
    expect(raw).toEqual(created);
    expect(created).toMatchObject({
      property_name: 'thickness',
      property_value: 512.5,
      property_unit: 'nm',
      char_source_type: null,
      coord_ref_frame: 'sample_relative',
      coord_units: null,
      coord_x: -12.5,
      coord_y: null,
      coord_z: null,
      data_id: '0b7e5c1e-0000-0000-0000-000000000001',
      annotation_metadata: { pattern: 'polar-49', ring: 2 },
      version: '1',
    });
    expect(created.physical_sample_id).toBe(t.base.split('/')[2]);
    expect(raw.last_updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await list()).toEqual([created]);
  });

  it('lists [] for a sample without annotations, with or without the trailing slash', async () => {
    expect(await list()).toEqual([]);
    expect(await (await t.api.call(t.base)).json()).toEqual([]);
  });

  it('returns bulk records in the order sent, and lists them in that order', async () => {
    const names = ['z', 'a', 'm', 'a', 'b'];
    const created = await bulk(names.map((n, i) => ({ property_name: n, property_value: i })));
    expect(created.map((a) => [a.property_name, a.property_value])).toEqual(
      names.map((n, i) => [n, i]),
    );
    expect(await list()).toEqual(created);
  });

  it('keeps annotations of different samples apart', async () => {
    await bulk([{ property_name: 'mine', property_value: 1 }]);
    const other = `/physical_samples/${t.api.store.createSample('Other').id}/annotations`;
    expect(await (await t.api.call(other)).json()).toEqual([]);
  });

  it('stores an SQL-looking property name verbatim', async () => {
    const name = "x'); DROP TABLE annotations;--";
    const [created] = await bulk([{ property_name: name, property_value: 1 }]);
    expect(created?.property_name).toBe(name);
    expect((await list(`?property_name=${encodeURIComponent(name)}`)).length).toBe(1);
  });
});

describe('filters', () => {
  beforeEach(async () => {
    await bulk([
      {
        property_name: 'rs',
        property_value: 1,
        char_source_type: 'XRD',
        coord_x: -10,
        coord_y: -5,
      },
      { property_name: 'rs', property_value: 2, char_source_type: 'PL', coord_x: 0, coord_y: 0 },
      { property_name: 'thk', property_value: 3, char_source_type: 'XRD', coord_x: 10, coord_y: 5 },
      { property_name: 'thk', property_value: 4 },
    ]);
  });
  const values = async (query: string) => (await list(query)).map((a) => a.property_value);

  it('filters by property_name and char_source_type (exact)', async () => {
    expect(await values('?property_name=rs')).toEqual([1, 2]);
    expect(await values('?property_name=RS')).toEqual([]);
    expect(await values('?char_source_type=XRD')).toEqual([1, 3]);
    expect(await values('?property_name=thk&char_source_type=XRD')).toEqual([3]);
  });

  it('filters by inclusive x and y bounds and skips records without coordinates', async () => {
    expect(await values('?x_min=0')).toEqual([2, 3]);
    expect(await values('?x_max=0')).toEqual([1, 2]);
    expect(await values('?x_min=-10&x_max=10')).toEqual([1, 2, 3]);
    expect(await values('?y_min=-5&y_max=-5')).toEqual([1]);
    expect(await values('?y_min=0.5')).toEqual([3]);
    expect(await values('?y_max=4.99')).toEqual([1, 2]);
    expect(await values('?x_min=-1&y_max=0&property_name=rs')).toEqual([2]);
  });

  it('answers 422 at loc ["query", name] for a bound that is not a number', async () => {
    const res = await t.api.call(`${t.base}/?x_min=abc&y_max=1e3&y_min=&x_max=0x10`);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      detail: [
        { loc: ['query', 'x_min'], msg: 'Input should be a valid number', type: 'float_parsing' },
        { loc: ['query', 'x_max'], msg: 'Input should be a valid number', type: 'float_parsing' },
        { loc: ['query', 'y_min'], msg: 'Input should be a valid number', type: 'float_parsing' },
      ],
    });
  });
});

describe('update and delete', () => {
  it('patches only the sent fields, clears nulls, bumps version and last_updated', async () => {
    const [a] = await bulk([
      { property_name: 'thk', property_value: 1, property_unit: 'nm', coord_x: 1, coord_y: 2 },
    ]);
    if (!a) throw new Error('not created');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-02-03T04:05:06.789Z'));
    const res = await t.api.call(`${t.base}/${a.id}/`, {
      method: 'PATCH',
      json: { property_value: 2.5, coord_x: null, metadata: { edited: true } },
    });
    expect(res.status).toBe(200);
    const updated = SpatialAnnotation.parse(await res.json());
    expect(updated).toEqual({
      ...a,
      property_value: 2.5,
      coord_x: null,
      annotation_metadata: { edited: true },
      version: '2',
      last_updated: '2031-02-03T04:05:06.789Z',
    });
    expect(await list()).toEqual([updated]);
  });

  it('deletes with 204 and an empty body', async () => {
    const [a, b] = await bulk([
      { property_name: 'p', property_value: 1 },
      { property_name: 'p', property_value: 2 },
    ]);
    const res = await t.api.call(`${t.base}/${a?.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(await list()).toEqual([b]);
  });
});

describe('persistence', () => {
  it('keeps samples and annotations across a server and store restart', async () => {
    const created = await bulk([
      { property_name: 'a', property_value: 1 },
      { property_name: 'b', property_value: 2, metadata: { k: 'v' } },
    ]);
    await t.restart();
    expect(await list()).toEqual(created);
    expect((await (await t.api.call('/physical_samples/')).json()).length).toBe(1);
  });
});
