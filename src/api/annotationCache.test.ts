import { describe, expect, it } from 'vitest';
import { anAnnotation } from '../testing/builders';
import {
  applyUpdate,
  matchesFilters,
  recordToCreate,
  removeRecords,
  upsertRecord,
  upsertRecords,
} from './annotationCache';
import { AnnotationCreate } from './schemas';

const a = anAnnotation({ property_name: 'thickness', char_source_type: 'KLA', coord_x: 5 });
const b = anAnnotation({ property_name: 'Rs', property_unit: 'ohm/sq' });

describe('matchesFilters', () => {
  it('checks property, source and the coordinate box', () => {
    expect(matchesFilters(a, {})).toBe(true);
    expect(matchesFilters(a, { property_name: 'thickness', char_source_type: 'KLA' })).toBe(true);
    expect(matchesFilters(a, { property_name: 'Rs' })).toBe(false);
    expect(matchesFilters(a, { char_source_type: 'other' })).toBe(false);
    expect(matchesFilters(a, { x_min: 5, x_max: 5 })).toBe(true);
    expect(matchesFilters(a, { x_min: 5.1 })).toBe(false);
    expect(matchesFilters({ ...a, coord_y: null }, { y_max: 1 })).toBe(false);
  });
});

describe('upsertRecord', () => {
  it('replaces a record in place', () => {
    const changed = { ...a, property_value: 7 };
    expect(upsertRecord([a, b], {}, changed)).toEqual([changed, b]);
  });

  it('drops a record that leaves the filter and adds one that enters it', () => {
    const renamed = { ...a, property_name: 'Rs' };
    expect(upsertRecord([a], { property_name: 'thickness' }, renamed)).toEqual([]);
    expect(upsertRecord([b], { property_name: 'Rs' }, renamed)).toEqual([b, renamed]);
  });

  it('returns the same list when the record neither is nor belongs there', () => {
    const list = [b];
    expect(upsertRecord(list, { property_name: 'Rs' }, a)).toBe(list);
  });
});

describe('removeRecords', () => {
  it('removes by id and keeps the list when nothing matches', () => {
    expect(removeRecords([a, b], new Set([a.id]))).toEqual([b]);
    const list = [b];
    expect(removeRecords(list, new Set([a.id]))).toBe(list);
  });
});

describe('applyUpdate', () => {
  it('applies the given fields only, metadata as annotation_metadata', () => {
    const next = applyUpdate(a, { property_value: 9.9, property_unit: 'Å', metadata: { k: 1 } });
    expect(next).toEqual({
      ...a,
      property_value: 9.9,
      property_unit: 'Å',
      annotation_metadata: { k: 1 },
    });
    expect(a.property_value).toBe(100);
    expect(applyUpdate(a, { property_unit: null }).property_unit).toBeNull();
  });
});

describe('recordToCreate', () => {
  it('gives a valid create body with every stored field', () => {
    const r = anAnnotation({
      char_source_type: 'KLA-F5x',
      coord_z: 1.5,
      annotation_metadata: { site: 3 },
      data_id: '00000000-0000-4000-8000-0000000000aa',
    });
    const body = recordToCreate(r);
    expect(AnnotationCreate.parse(body)).toEqual(body);
    expect(body).toMatchObject({
      property_name: 'thickness',
      property_value: 100,
      property_unit: 'nm',
      char_source_type: 'KLA-F5x',
      coord_ref_frame: 'sample_relative',
      coord_units: 'mm',
      coord_x: 0,
      coord_y: 0,
      coord_z: 1.5,
      metadata: { site: 3 },
    });
  });
});

describe('upsertRecords', () => {
  it('replaces, drops and appends in one pass, keeping the order of new records', () => {
    const a = anAnnotation({
      id: '00000000-0000-4000-8000-00000000000a',
      property_name: 'thickness',
    });
    const b = anAnnotation({
      id: '00000000-0000-4000-8000-00000000000b',
      property_name: 'thickness',
    });
    const changedA = { ...a, property_value: 7 };
    const renamedB = { ...b, property_name: 'Rs' };
    const c = anAnnotation({
      id: '00000000-0000-4000-8000-00000000000c',
      property_name: 'thickness',
    });
    const d = anAnnotation({ id: '00000000-0000-4000-8000-00000000000d', property_name: 'Rs' });
    const filters = { property_name: 'thickness' };
    expect(upsertRecords([a, b], filters, [d, changedA, c, renamedB])).toEqual([changedA, c]);
    expect(upsertRecords([a, b], {}, [d, changedA, c, renamedB])).toEqual([
      changedA,
      renamedB,
      d,
      c,
    ]);
    const list = [a];
    expect(upsertRecords(list, filters, [d])).toBe(list);
  });
});
