import { describe, expect, it } from 'vitest';
import { summarizeProperties } from './properties';

describe('summarizeProperties', () => {
  it('counts per property, collects units and puts the most recent first', () => {
    const s = summarizeProperties([
      { property_name: 'thickness', property_unit: 'nm', last_updated: '2026-01-01T00:00:00.000Z' },
      { property_name: 'Rs', property_unit: 'ohm/sq', last_updated: '2026-02-01T00:00:00.000Z' },
      { property_name: 'thickness', property_unit: 'Å', last_updated: '2026-01-03T00:00:00.000Z' },
      { property_name: 'thickness', property_unit: 'nm', last_updated: '2026-01-02T00:00:00.000Z' },
    ]);
    expect(s).toEqual([
      { name: 'Rs', count: 1, units: ['ohm/sq'], latest: '2026-02-01T00:00:00.000Z' },
      { name: 'thickness', count: 3, units: ['nm', 'Å'], latest: '2026-01-03T00:00:00.000Z' },
    ]);
  });
});
