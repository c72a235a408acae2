import { describe, expect, it } from 'vitest';
import { mmPerUnit, placeRecord } from './placement';

const rec = (o: Partial<Parameters<typeof placeRecord>[0]>) => ({
  coord_ref_frame: 'sample_relative',
  coord_units: 'mm',
  coord_x: 1,
  coord_y: 2,
  ...o,
});

describe('placeRecord', () => {
  it('reads sample_relative mm directly, and a missing frame as sample_relative', () => {
    expect(placeRecord(rec({}))).toEqual({ placed: true, point: { xMm: 1, yMm: 2 } });
    expect(placeRecord(rec({ coord_ref_frame: null, coord_units: null }))).toEqual({
      placed: true,
      point: { xMm: 1, yMm: 2 },
    });
  });

  it('converts µm, cm and inches to mm', () => {
    expect(placeRecord(rec({ coord_units: 'µm', coord_x: -140000, coord_y: 0 }))).toEqual({
      placed: true,
      point: { xMm: -140, yMm: 0 },
    });
    expect(placeRecord(rec({ coord_units: 'cm', coord_x: 0.5, coord_y: -1 }))).toEqual({
      placed: true,
      point: { xMm: 5, yMm: -10 },
    });
    expect(mmPerUnit('in')).toBe(25.4);
  });

  it('does not place what it cannot be sure of', () => {
    expect(placeRecord(rec({ coord_x: null }))).toEqual({
      placed: false,
      reason: 'no coordinates',
    });
    expect(placeRecord(rec({ coord_units: 'furlong' }))).toEqual({
      placed: false,
      reason: 'unknown units',
    });
    expect(placeRecord(rec({ coord_ref_frame: 'stage_absolute' }))).toEqual({
      placed: false,
      reason: 'no calibration',
    });
  });

  it('places stage_absolute records through a calibration', () => {
    const shift = (p: { xMm: number; yMm: number }) => ({ xMm: p.xMm - 100, yMm: p.yMm - 50 });
    expect(
      placeRecord(rec({ coord_ref_frame: 'stage_absolute', coord_x: 110, coord_y: 50 }), shift),
    ).toEqual({
      placed: true,
      point: { xMm: 10, yMm: 0 },
    });
  });
});
