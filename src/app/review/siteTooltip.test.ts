import { describe, expect, it } from 'vitest';
import type { SpatialAnnotation } from '../../api/schemas';
import { siteTooltipLines } from './siteTooltip';

const record = (value: number, updated: string): SpatialAnnotation =>
  ({
    id: `r-${value}`,
    property_name: 'thickness',
    property_value: value,
    property_unit: 'nm',
    char_source_type: 'KLA',
    coord_x: 10,
    coord_y: 0,
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    last_updated: updated,
  }) as SpatialAnnotation;

describe('siteTooltipLines', () => {
  it('says the mean of every value at the site, then each value with its date, oldest first', () => {
    const lines = siteTooltipLines(
      [
        record(9.9, '2026-12-03T10:00:00Z'),
        record(9.7, '2026-12-01T10:00:00Z'),
        record(9.8, '2026-12-02T10:00:00Z'),
      ],
      { xMm: 10, yMm: 0 },
      (iso) => iso.slice(0, 10),
    );
    expect(lines).toEqual([
      'thickness 9.80 nm, mean of 3 values at x 10.00 mm, y 0.00 mm',
      '9.7 nm · 2026-12-01 (KLA)',
      '9.8 nm · 2026-12-02 (KLA)',
      '9.9 nm · 2026-12-03 (KLA)',
    ]);
  });
});
