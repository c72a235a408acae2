import { describe, expect, it } from 'vitest';
import { propertyLabel, type RecordForSummary, summariseSample } from './sampleSummary';

const rec = (o: Partial<RecordForSummary>): RecordForSummary => ({
  property_name: 'thickness',
  property_unit: 'nm',
  property_value: 1,
  coord_ref_frame: 'sample_relative',
  coord_units: 'mm',
  coord_x: 0,
  coord_y: 0,
  ...o,
});

describe('summariseSample', () => {
  it('counts records per property name and unit, most first, and draws the first', () => {
    const s = summariseSample([
      rec({ property_name: 'gof', property_unit: null, property_value: 0.99 }),
      rec({ coord_x: 10, property_value: 9.5 }),
      rec({ coord_x: -10, coord_units: 'cm', property_value: 9.7 }),
      rec({ property_unit: 'Å', property_value: 97 }),
    ]);
    expect(s.count).toBe(4);
    expect(s.properties).toEqual([
      { name: 'thickness', unit: 'nm', count: 2 },
      { name: 'thickness', unit: 'Å', count: 1 },
      { name: 'gof', unit: null, count: 1 },
    ]);
    expect(s.shown).toEqual({ name: 'thickness', unit: 'nm', count: 2 });
    // cm coordinates are placed in mm.
    expect(s.sites).toEqual([
      { xMm: 10, yMm: 0, value: 9.5 },
      { xMm: -100, yMm: 0, value: 9.7 },
    ]);
    expect(s.unplaced).toBe(0);
    expect(s.range).toEqual({ min: 9.5, max: 9.7 });
  });

  it('never places stage_absolute records without a calibration, nor records without coordinates', () => {
    const records = [
      rec({ coord_ref_frame: 'stage_absolute', coord_x: 5, coord_y: 5 }),
      rec({ coord_x: null }),
      rec({ coord_x: 1, coord_y: 2 }),
    ];
    expect(summariseSample(records).sites).toEqual([{ xMm: 1, yMm: 2, value: 1 }]);
    expect(summariseSample(records).unplaced).toBe(2);
    const shifted = summariseSample(records, (p) => ({ xMm: p.xMm - 5, yMm: p.yMm - 5 }));
    expect(shifted.sites).toEqual([
      { xMm: 0, yMm: 0, value: 1 },
      { xMm: 1, yMm: 2, value: 1 },
    ]);
  });

  it.each(['gof', 'MSE', 'χ²'])(
    'draws a measured property, not the fit-quality %s, when both have as many sites',
    (fit) => {
      // A KLA wafer imported with GOF ticked: one thickness and one GOF value per site.
      const records = [1, 2, 3].flatMap((i) => [
        rec({ coord_x: i, property_value: 9 + i / 10 }),
        rec({ coord_x: i, property_name: fit, property_unit: null, property_value: 0.99 }),
      ]);
      const s = summariseSample(records);
      expect(s.shown).toEqual({ name: 'thickness', unit: 'nm', count: 3 });
      expect(s.range).toEqual({ min: 9.1, max: 9.3 });
      expect(summariseSample(records.filter((r) => r.property_name === fit)).shown?.name).toBe(fit);
    },
  );

  it('is empty for a sample without records', () => {
    expect(summariseSample([])).toEqual({
      count: 0,
      properties: [],
      shown: null,
      sites: [],
      unplaced: 0,
      range: null,
    });
  });

  it('labels a property with its unit in brackets', () => {
    expect(propertyLabel({ name: 'thickness', unit: 'nm' })).toBe('thickness [nm]');
    expect(propertyLabel({ name: 'gof', unit: null })).toBe('gof');
  });
});
