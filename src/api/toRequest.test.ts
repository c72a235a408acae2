import { describe, expect, it } from 'vitest';
import { aStagedAnnotation } from '../testing/builders';
import { stagedToAnnotationCreate } from './toRequest';

describe('stagedToAnnotationCreate', () => {
  it('writes sample_relative mm and leaves empty optional fields out', () => {
    const body = stagedToAnnotationCreate(
      aStagedAnnotation({ xMm: 1.25, yMm: -3, propertyUnit: null, charSourceType: null }),
    );
    expect(body).toEqual({
      property_name: 'thickness',
      property_value: 100,
      coord_ref_frame: 'sample_relative',
      coord_units: 'mm',
      coord_x: 1.25,
      coord_y: -3,
    });
  });

  it('writes stage_absolute through the calibration (90°, offset (100, 50): (10, 0) -> (100, 60))', () => {
    const body = stagedToAnnotationCreate(aStagedAnnotation({ xMm: 10, yMm: 0 }), {
      frame: 'stage_absolute',
      calibration: { offsetXMm: 100, offsetYMm: 50, rotationDeg: 90, flipY: false },
    });
    expect(body.coord_ref_frame).toBe('stage_absolute');
    expect([body.coord_x, body.coord_y]).toEqual([100, 60]);
  });

  it('records the pattern site and keeps other metadata', () => {
    const body = stagedToAnnotationCreate(
      aStagedAnnotation({ site: { pattern: 'Polar 49', index: 7 }, metadata: { source_row: 3 } }),
    );
    expect(body.metadata).toEqual({ source_row: 3, pattern: 'Polar 49', site: 7 });
  });
});
