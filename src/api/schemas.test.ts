import { afterAll, describe, expect, it } from 'vitest';
import { StagedAnnotation } from '../domain/staging/staged';
import {
  AnnotationCreate,
  BulkAnnotationCreate,
  MAX_METADATA_BYTES,
  MAX_TEXT_CHARS,
  PhysicalSample,
  PhysicalSampleCreate,
  SpatialAnnotation,
  SpatialAnnotationList,
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

  it('normalises each timestamp of a list, repeated or not, and still refuses a bad one', () => {
    const stamps = [
      '2026-04-03T14:36:51.973648',
      '2026-04-03T14:36:51.973648',
      '2026-04-03T16:36:51.973+02:00',
      '2026-05-01 08:00:00',
      '2026-04-03T14:36:51.973648',
    ];
    const list = SpatialAnnotationList.parse(
      stamps.map((last_updated) => ({ ...wire, last_updated })),
    );
    expect(list.map((r) => r.last_updated)).toEqual([
      '2026-04-03T14:36:51.973Z',
      '2026-04-03T14:36:51.973Z',
      '2026-04-03T14:36:51.973Z',
      '2026-05-01T08:00:00.000Z',
      '2026-04-03T14:36:51.973Z',
    ]);
    const bad = ['2026-04-03T14:36:51.973648', 'soon', '2026-04-03T14:36:51.973648'];
    const r = SpatialAnnotationList.safeParse(
      bad.map((last_updated) => ({ ...wire, last_updated })),
    );
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([[1, 'last_updated']]);
  });

  it('gives every field of the output, in the reference order, with the version as text', () => {
    const r = SpatialAnnotation.parse({ ...wire, version: 3 });
    expect(Object.keys(r)).toEqual([
      'id',
      'physical_sample_id',
      'property_name',
      'property_value',
      'property_unit',
      'char_source_type',
      'coord_ref_frame',
      'coord_units',
      'coord_x',
      'coord_y',
      'coord_z',
      'data_id',
      'annotation_metadata',
      'last_updated',
      'version',
    ]);
    expect(r.version).toBe('3');
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
      projects: [],
    });
  });

  it("reads the list answer's projects (ids as text) and treats a missing list as none", () => {
    const s = PhysicalSample.parse({
      id: wire.physical_sample_id,
      name: 'Slot01',
      created_datetime: null,
      last_updated: null,
      owner_name: 'Ada',
      projects: [
        { id: 12, name: 'GaN HEMT' },
        { id: 'p-2', name: null },
      ],
    });
    expect(s.projects).toEqual([
      { id: '12', name: 'GaN HEMT' },
      { id: 'p-2', name: null },
    ]);
  });
});

describe('metadata keys that are also JavaScript property names', () => {
  const METADATA =
    '{"__proto__":{"a":1},"constructor":"c","prototype":{"__proto__":[1]},"toString":2}';

  it('keeps them as own keys when a stored annotation is parsed (either metadata name)', () => {
    for (const name of ['annotation_metadata', 'metadata']) {
      const answer = JSON.parse(`{${JSON.stringify(wire).slice(1, -1)},"${name}":${METADATA}}`);
      const r = SpatialAnnotation.parse(answer);
      expect(JSON.stringify(r.annotation_metadata)).toBe(METADATA);
      expect(Object.getPrototypeOf(r.annotation_metadata)).toBe(Object.prototype);
    }
  });

  it('keeps them in request bodies and in staged drafts read back from storage', () => {
    const body = JSON.parse(`{"property_name":"t","property_value":1,"metadata":${METADATA}}`);
    expect(JSON.stringify(AnnotationCreate.parse(body).metadata)).toBe(METADATA);
    const draft = JSON.parse(
      `{"localId":"a","xMm":0,"yMm":0,"propertyName":"t","propertyValue":1,"propertyUnit":null,"charSourceType":null,"metadata":${METADATA}}`,
    );
    expect(JSON.stringify(StagedAnnotation.parse(draft).metadata)).toBe(METADATA);
  });

  it('still refuses metadata that is not an object', () => {
    for (const metadata of [[1], 'x', 3]) {
      const r = AnnotationCreate.safeParse({ property_name: 't', property_value: 1, metadata });
      expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
        ['metadata', 'Input should be a valid dictionary'],
      ]);
    }
  });
});

describe('text limits shared by client and server', () => {
  const base = { property_name: 't', property_value: 1 };

  it(`limits names, units and sources to ${MAX_TEXT_CHARS} characters`, () => {
    const long = 'x'.repeat(MAX_TEXT_CHARS + 1);
    for (const field of ['property_name', 'property_unit', 'char_source_type', 'coord_units']) {
      expect(AnnotationCreate.safeParse({ ...base, [field]: long.slice(1) }).success).toBe(true);
      const r = AnnotationCreate.safeParse({ ...base, [field]: long });
      expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
    }
    expect(PhysicalSampleCreate.safeParse({ name: long }).success).toBe(false);
    expect(PhysicalSampleCreate.safeParse({ name: '😀'.repeat(MAX_TEXT_CHARS) }).success).toBe(
      true,
    );
  });

  it(`limits metadata to ${MAX_METADATA_BYTES} bytes of UTF-8 JSON`, () => {
    // {"a":"…"} adds 8 bytes; "ü" is 2 bytes.
    const metadata = (bytes: number) => ({ a: 'ü'.repeat((bytes - 8) / 2) });
    expect(
      AnnotationCreate.safeParse({ ...base, metadata: metadata(MAX_METADATA_BYTES) }).success,
    ).toBe(true);
    const r = AnnotationCreate.safeParse({ ...base, metadata: metadata(MAX_METADATA_BYTES + 2) });
    expect(r.error?.issues[0]?.message).toBe(
      `Metadata should be at most ${MAX_METADATA_BYTES} bytes as JSON (UTF-8), not ${MAX_METADATA_BYTES + 2}`,
    );
  });
});
