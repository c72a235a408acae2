import { afterAll, describe, expect, it } from 'vitest';
import {
  AnnotationCreate,
  BulkAnnotationCreate,
  PhysicalSample,
  SpatialAnnotation,
} from './schemas';

const wire = {
  id: '3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  physical_sample_id: '9a8b7c6d-5e4f-4321-8fed-cba987654321',
  property_name: 'thickness',
  property_value: 9.5113,
  property_unit: 'nm',
  char_source_type: 'ellipsometry',
  coord_ref_frame: 'sample_relative',
  coord_units: 'mm',
  coord_x: 0,
  coord_y: 49,
  coord_z: null,
  data_id: null,
  last_updated: '2026-04-03T14:36:51.973648',
  version: '1',
};

describe('SpatialAnnotation normalisation', () => {
  it('reads `metadata` as `annotation_metadata`', () => {
    const r = SpatialAnnotation.parse({ ...wire, metadata: { source_row: 3 } });
    expect(r.annotation_metadata).toEqual({ source_row: 3 });
    expect(r).not.toHaveProperty('metadata');
  });

  it('prefers `annotation_metadata` and gives null when neither is sent', () => {
    expect(
      SpatialAnnotation.parse({ ...wire, annotation_metadata: { a: 1 }, metadata: { b: 2 } })
        .annotation_metadata,
    ).toEqual({ a: 1 });
    expect(SpatialAnnotation.parse(wire).annotation_metadata).toBeNull();
  });

  it('accepts coord_z null, fills absent optional fields with null, ignores unknown keys', () => {
    const { coord_z: _z, data_id: _d, ...sparse } = wire;
    const r = SpatialAnnotation.parse({ ...sparse, owner: 'x', extra: [1] });
    expect(r.coord_z).toBeNull();
    expect(r.data_id).toBeNull();
    expect(r).not.toHaveProperty('extra');
    expect(SpatialAnnotation.parse(wire).coord_z).toBeNull();
  });

  it('rejects a record without a numeric property_value', () => {
    expect(SpatialAnnotation.safeParse({ ...wire, property_value: null }).success).toBe(false);
  });

  describe.each(['America/Los_Angeles', 'Asia/Tokyo'])('under TZ=%s', (tz) => {
    const original = process.env.TZ;
    afterAll(() => {
      process.env.TZ = original;
    });

    it('reads an offset-free timestamp as UTC', () => {
      process.env.TZ = tz;
      // Prove the zone took effect: local midnight on 1 Jan is not UTC midnight in either zone.
      const offset = new Date(2026, 0, 1).getTimezoneOffset();
      expect(offset).toBe(tz === 'Asia/Tokyo' ? -540 : 480);
      expect(SpatialAnnotation.parse(wire).last_updated).toBe('2026-04-03T14:36:51.973Z');
      expect(
        SpatialAnnotation.parse({ ...wire, last_updated: '2026-04-03 14:36:51.973648' })
          .last_updated,
      ).toBe('2026-04-03T14:36:51.973Z');
      // An explicit offset is honoured.
      expect(
        SpatialAnnotation.parse({ ...wire, last_updated: '2026-04-03T16:36:51.973+02:00' })
          .last_updated,
      ).toBe('2026-04-03T14:36:51.973Z');
    });
  });

  it('rejects a timestamp that is not ISO 8601', () => {
    const r = SpatialAnnotation.safeParse({ ...wire, last_updated: 'yesterday' });
    expect(r.success).toBe(false);
  });
});

describe('request schemas', () => {
  it('requires a non-blank property_name and a finite property_value', () => {
    expect(AnnotationCreate.safeParse({ property_name: ' ', property_value: 1 }).success).toBe(
      false,
    );
    expect(AnnotationCreate.safeParse({ property_name: 'a', property_value: null }).success).toBe(
      false,
    );
    expect(
      AnnotationCreate.safeParse({ property_name: 'a', property_value: Number.POSITIVE_INFINITY })
        .success,
    ).toBe(false);
    expect(AnnotationCreate.safeParse({ property_name: 'a', property_value: 1 }).success).toBe(
      true,
    );
  });

  it('lists every bad item of a bulk body', () => {
    const r = BulkAnnotationCreate.safeParse({
      annotations: [
        { property_name: 'a', property_value: 1 },
        { property_name: 'a', property_value: 'x' },
        { property_name: 'a', property_value: 1 },
        { property_name: '', property_value: 1, coord_ref_frame: 'wafer' },
      ],
    });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual([
      'annotations.1.property_value',
      'annotations.3.coord_ref_frame',
      'annotations.3.property_name',
    ]);
  });

  it('parses a physical sample with extra fields and a null owner', () => {
    const s = PhysicalSample.parse({
      id: wire.physical_sample_id,
      name: 'Demo',
      created_datetime: '2026-04-03T14:36:51',
      last_updated: null,
      owner_name: null,
      organisation: 'x',
    });
    expect(s).toEqual({
      id: wire.physical_sample_id,
      name: 'Demo',
      created_datetime: '2026-04-03T14:36:51.000Z',
      last_updated: null,
      owner_name: null,
    });
  });
});
