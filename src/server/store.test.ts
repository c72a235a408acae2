import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationCreate } from '../api/schemas';
import { DEMO_SAMPLE_NAME, openStore, type Store, seedDemoSample } from './store';
import { serverFixture } from './testServer';

const item = (o: Partial<AnnotationCreate> = {}): AnnotationCreate => ({
  property_name: 'thickness',
  property_value: 1,
  ...o,
});

describe('openStore', () => {
  const t = serverFixture({ start: false });

  it('creates missing parent folders and uses WAL with foreign keys', () => {
    expect(existsSync(t.temp.dbPath)).toBe(false);
    const store = openStore(t.temp.dbPath);
    store.close();
    expect(existsSync(t.temp.dbPath)).toBe(true);
    const db = new Database(t.temp.dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('keeps data across close and reopen of the same file', () => {
    const first = openStore(t.temp.dbPath);
    const sample = first.createSample('wafer 7');
    first.createAnnotations(sample.id, [item({ property_value: 42, metadata: { a: [1, 2] } })]);
    first.close();
    const second = openStore(t.temp.dbPath);
    expect(second.listSamples()).toEqual([sample]);
    const [stored] = second.listAnnotations(sample.id);
    expect(stored).toMatchObject({ property_value: 42, annotation_metadata: { a: [1, 2] } });
    second.close();
  });

  it('seeds the demo sample once, not again after a restart', () => {
    const first = openStore(t.temp.dbPath);
    expect(seedDemoSample(first)?.name).toBe(DEMO_SAMPLE_NAME);
    expect(seedDemoSample(first)).toBeUndefined();
    first.close();
    const second = openStore(t.temp.dbPath);
    expect(seedDemoSample(second)).toBeUndefined();
    expect(second.listSamples().map((s) => s.name)).toEqual([DEMO_SAMPLE_NAME]);
    second.close();
  });

  it('rejects an annotation for a sample that does not exist (foreign key)', () => {
    const store = openStore(':memory:');
    expect(() => store.createAnnotations('no-such-sample', [item()])).toThrow(/FOREIGN KEY/);
    store.close();
  });
});

describe('store annotations', () => {
  let store: Store;
  let sampleId: string;
  beforeEach(() => {
    store = openStore(':memory:');
    sampleId = store.createSample('w').id;
  });
  afterEach(() => store.close());

  it('returns and lists annotations in insertion order with server-written fields', () => {
    const names = ['c', 'a', 'b', 'a'];
    const created = store.createAnnotations(
      sampleId,
      names.map((name, i) => item({ property_name: name, property_value: i })),
    );
    expect(created.map((a) => a.property_name)).toEqual(names);
    expect(created.every((a) => a.version === '1' && a.physical_sample_id === sampleId)).toBe(true);
    expect(new Set(created.map((a) => a.id)).size).toBe(4);
    expect(store.listAnnotations(sampleId)).toEqual(created);
  });

  it('stores nothing when a row fails in the middle of a bulk insert', () => {
    const broken = item({ property_value: null as unknown as number });
    expect(() => store.createAnnotations(sampleId, [item(), item(), broken, item()])).toThrow(
      /NOT NULL/,
    );
    const badFrame = item({ coord_ref_frame: 'wafer' as 'stage_absolute' });
    expect(() => store.createAnnotations(sampleId, [item(), badFrame])).toThrow(/CHECK/);
    expect(store.listAnnotations(sampleId)).toEqual([]);
  });

  it('filters by text exactly and by inclusive coordinate bounds', () => {
    store.createAnnotations(sampleId, [
      item({ property_name: 'r', char_source_type: 'XRD', coord_x: -1, coord_y: 0 }),
      item({ property_name: 'r', char_source_type: 'PL', coord_x: 0, coord_y: 5 }),
      item({ property_name: 't', char_source_type: 'XRD', coord_x: 1, coord_y: 10 }),
      item({ property_name: 'R' }),
    ]);
    const xs = (filters: Parameters<Store['listAnnotations']>[1]) =>
      store.listAnnotations(sampleId, filters).map((a) => a.coord_x);
    expect(xs({ property_name: 'r' })).toEqual([-1, 0]);
    expect(xs({ char_source_type: 'XRD' })).toEqual([-1, 1]);
    expect(xs({ x_min: 0, x_max: 1 })).toEqual([0, 1]);
    expect(xs({ y_min: 0, y_max: 5 })).toEqual([-1, 0]);
    expect(xs({ property_name: 'r', y_min: 5 })).toEqual([0]);
  });

  it('updates only the fields sent, clears nulls and bumps the version', () => {
    const [a] = store.createAnnotations(sampleId, [
      item({ property_unit: 'nm', coord_x: 3, coord_y: 4, metadata: { k: 1 } }),
    ]);
    if (!a) throw new Error('not created');
    const updated = store.updateAnnotation(sampleId, a.id, { property_value: 9, coord_x: null });
    expect(updated).toMatchObject({
      property_value: 9,
      property_unit: 'nm',
      coord_x: null,
      coord_y: 4,
      annotation_metadata: { k: 1 },
      version: '2',
    });
    const again = store.updateAnnotation(sampleId, a.id, { metadata: null });
    expect(again).toMatchObject({ annotation_metadata: null, version: '3', property_value: 9 });
    expect(store.updateAnnotation(sampleId, 'missing', { property_value: 1 })).toBeUndefined();
  });

  it('treats an annotation of another sample as missing for update and delete', () => {
    const other = store.createSample('other').id;
    const [a] = store.createAnnotations(other, [item()]);
    if (!a) throw new Error('not created');
    expect(store.updateAnnotation(sampleId, a.id, { property_value: 5 })).toBeUndefined();
    expect(store.deleteAnnotation(sampleId, a.id)).toBe(false);
    expect(store.deleteAnnotation(other, a.id)).toBe(true);
    expect(store.listAnnotations(other)).toEqual([]);
  });

  it('stores SQL-looking text verbatim', () => {
    const name = "x'); DROP TABLE annotations;--";
    store.createAnnotations(sampleId, [item({ property_name: name })]);
    expect(store.listAnnotations(sampleId, { property_name: name })[0]?.property_name).toBe(name);
  });
});
