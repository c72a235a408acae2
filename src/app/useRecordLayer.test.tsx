import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SpatialAnnotation } from '../api/schemas';
import { makeColorScale } from '../domain/color/colorScale';
import { quantizedColor } from '../domain/color/fieldImage';
import { usePlacedRecords, useRecordLayer } from './useRecordLayer';

const record = (id: string, xMm: number, value: number): SpatialAnnotation =>
  ({
    id,
    property_name: 'thickness',
    property_value: value,
    property_unit: 'nm',
    char_source_type: 'KLA',
    coord_x: xMm,
    coord_y: 0,
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    last_updated: '2026-12-01T10:00:00Z',
  }) as SpatialAnnotation;

describe('useRecordLayer at a site measured more than once', () => {
  it('colours every marker of the site by the site mean, as the field does', () => {
    // Three passes at x = 10 mm (mean 9.8) and one site at x = −10 mm.
    const records = [
      record('a', 10, 9.7),
      record('b', -10, 5),
      record('c', 10, 9.8),
      record('d', 10, 9.9),
    ];
    const scale = makeColorScale([5, 10]);
    if (!scale) throw new Error('no scale');
    const shownValues = new Map(records.map((r) => [r.id, r.property_value]));
    const { result } = renderHook(() => {
      const placed = usePlacedRecords(records);
      return useRecordLayer(records, placed, { shownValues, scale, limits: {} }, new Set<string>());
    });
    const color = quantizedColor(scale);
    const byId = new Map(result.current.markers.map((m) => [m.id, m.color]));
    for (const id of ['a', 'c', 'd']) expect(byId.get(id)).toBe(color(9.8));
    expect(color(9.7)).not.toBe(color(9.8));
    expect(byId.get('b')).toBe(color(5));
    expect(result.current.siteIdsById.get('c')).toEqual(['a', 'c', 'd']);
    expect(result.current.siteIdsById.has('b')).toBe(false);
  });
});
