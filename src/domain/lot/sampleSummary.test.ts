import { describe, expect, it } from 'vitest';
import { propertyLabel, type RecordForSummary, rangeText, summariseSample } from './sampleSummary';

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
    expect(s.range).toEqual({ min: 9.5, max: 9.7, decimals: 1 });
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
      expect(s.range).toEqual({ min: 9.1, max: 9.3, decimals: 1 });
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

describe('rangeText (the display rule)', () => {
  it('one value is one figure with its own decimals, not "1.5000 – 1.5000 nm"', () => {
    expect(rangeText({ min: 1.5, max: 1.5, decimals: 1 }, 'nm')).toBe('1.5 nm');
  });
  it('a range keeps the values’ decimals, no more, no fewer', () => {
    const s = summariseSample(
      [9.5002, 10.6835, 12347.678].map((v, i) => ({
        property_name: 'thickness',
        property_unit: 'nm',
        property_value: v,
        coord_ref_frame: 'sample_relative',
        coord_units: 'mm',
        coord_x: i,
        coord_y: 0,
      })),
    );
    expect(s.range).toEqual({ min: 9.5002, max: 12347.678, decimals: 4 });
    expect(rangeText(s.range, 'nm')).toBe('9.5002 – 12347.6780 nm');
    expect(rangeText({ min: -0.5, max: 2, decimals: 1 }, null)).toBe('−0.5 – 2.0');
    expect(rangeText(null, 'nm')).toBe('—');
  });
});
