import { describe, expect, it } from 'vitest';
import {
  type CompareRecord,
  outlineAroundSites,
  propertiesAcross,
  sharedLimits,
  siteNumberOf,
  sitesOfProperty,
  slotOfSample,
} from './compareInputs';

const rec = (o: Partial<CompareRecord>): CompareRecord => ({
  property_name: 'thickness',
  property_value: 1,
  property_unit: 'nm',
  coord_ref_frame: 'sample_relative',
  coord_units: 'mm',
  coord_x: 0,
  coord_y: 0,
  annotation_metadata: null,
  ...o,
});

describe('propertiesAcross', () => {
  it('puts the property on most samples first, then more records, then the name', () => {
    const a = [rec({}), rec({ property_name: 'GOF' }), rec({ property_name: 'GOF' })];
    const b = [rec({}), rec({ property_name: 'Rs' })];
    const c = [rec({ property_name: 'GOF' }), rec({ property_name: 'Rs' })];
    expect(propertiesAcross([a, b, c])).toEqual([
      { name: 'Rs', sampleCount: 2, recordCount: 2 },
      { name: 'thickness', sampleCount: 2, recordCount: 2 },
      { name: 'GOF', sampleCount: 2, recordCount: 3 },
    ]);
  });

  it.each(['gof', 'GOF', 'mse', 'χ²', 'R2'])(
    'puts the fit-quality %s after every measured property, even when it is on more samples',
    (fit) => {
      // A KLA import with GOF ticked: thickness and gof on every wafer, one wafer also has Rs.
      const wafer = [rec({}), rec({ property_name: fit })];
      const rows = propertiesAcross([wafer, wafer, [...wafer, rec({ property_name: 'Rs' })]]);
      expect(rows.map((p) => p.name)).toEqual(['thickness', 'Rs', fit]);
      expect(propertiesAcross([[rec({ property_name: fit })]])[0]?.name).toBe(fit);
    },
  );
});

describe('sitesOfProperty', () => {
  const records = [
    rec({ property_value: 9.5, coord_x: 10, coord_y: -5, annotation_metadata: { site: 3 } }),
    rec({ property_value: 95, property_unit: 'Å', coord_x: 1, coord_y: 2 }),
    rec({ property_value: 1, property_unit: 'Ω/sq' }),
    rec({ property_value: 2, coord_x: null }),
    rec({ property_value: 3, coord_units: 'furlong' }),
    rec({ property_value: 4, coord_ref_frame: 'stage_absolute', coord_x: 5, coord_y: 5 }),
    rec({ property_value: 7, property_name: 'GOF' }),
    rec({ property_value: 8, coord_x: 1, coord_y: 1, coord_units: 'cm' }),
  ];

  it('uses only the records in the chosen unit, placed in sample mm, with site numbers', () => {
    const r = sitesOfProperty(records, 'thickness', { unit: 'nm' });
    expect(r.sites).toEqual([
      { xMm: 10, yMm: -5, value: 9.5, site: 3 },
      { xMm: 10, yMm: 10, value: 8, site: null },
    ]);
    expect([r.otherUnit, r.unplaced, r.converted]).toEqual([2, 3, 0]);
  });

  it('converts records of other units when asked, and places stage records with a calibration', () => {
    const factor = (from: string) => (from === 'Å' ? 0.1 : null);
    const shift = (p: { xMm: number; yMm: number }) => ({ xMm: p.xMm - 5, yMm: p.yMm - 5 });
    const r = sitesOfProperty(records, 'thickness', { unit: 'nm', factor }, shift);
    expect(r.sites.map((s) => [s.xMm, s.yMm, s.value])).toEqual([
      [10, -5, 9.5],
      [1, 2, 95 * 0.1],
      [0, 0, 4],
      [10, 10, 8],
    ]);
    expect([r.otherUnit, r.unplaced, r.converted]).toEqual([1, 2, 1]);
  });

  it('reads records without a unit under the unit ""', () => {
    const r = sitesOfProperty([rec({ property_unit: null, property_value: 5 })], 'thickness', {
      unit: '',
    });
    expect(r.sites.map((s) => s.value)).toEqual([5]);
  });
});

describe('siteNumberOf and slotOfSample', () => {
  it('reads whole site numbers ≥ 1 from numbers or digit strings only', () => {
    expect([3, '12', ' 4 ', 0, 2.5, 'x', null].map((site) => siteNumberOf({ site }))).toEqual([
      3,
      12,
      4,
      null,
      null,
      null,
      null,
    ]);
    expect(siteNumberOf(null)).toBeNull();
  });

  it('takes the slot from the records, else from the name', () => {
    expect(slotOfSample('Lot A', [{ annotation_metadata: { slot: '07' } }])).toBe(7);
    expect(slotOfSample('Lot A', [{ annotation_metadata: { slot: 4 } }])).toBe(4);
    expect(slotOfSample('Slot12', [{ annotation_metadata: null }])).toBe(12);
    expect(slotOfSample('Lot A', [])).toBeNull();
  });
});

describe('sharedLimits', () => {
  it('draws the limits only when every sample has the same ones', () => {
    expect(
      sharedLimits([
        { lsl: 9, usl: 11 },
        { lsl: 9, usl: 11 },
      ]),
    ).toEqual({
      limits: { lsl: 9, usl: 11 },
      withLimits: 2,
      total: 2,
      conflict: false,
      summary: 'LSL 9, USL 11 on all 2 samples',
    });
    expect(sharedLimits([{ usl: 11 }]).summary).toBe('USL 11 on the 1 sample');
  });

  it('does not pass one sample’s limits off as the lot’s: says on how many they are set', () => {
    const lot = [{ lsl: 9.6, usl: 10.5 }, ...Array.from({ length: 24 }, () => null)];
    expect(sharedLimits(lot)).toEqual({
      limits: {},
      withLimits: 1,
      total: 25,
      conflict: false,
      summary:
        'set on 1 of 25 samples (LSL 9.6, USL 10.5); not drawn on the lot chart, as the other 24 have none',
    });
    expect(sharedLimits([{ lsl: 9 }, {}, { lsl: 9 }]).summary).toBe(
      'set on 2 of 3 samples (LSL 9); not drawn on the lot chart, as the other 1 has none',
    );
  });

  it('says the limits differ, with every value, rather than picking one', () => {
    expect(sharedLimits([{ lsl: 9 }, { lsl: 9.5, usl: 11 }, null])).toEqual({
      limits: {},
      withLimits: 2,
      total: 3,
      conflict: true,
      summary:
        'differ between the 2 of 3 samples that have them (LSL 9 or 9.5, USL none or 11), and the other 1 has none; not drawn on the lot chart, each map shows its own',
    });
    expect(sharedLimits([{ lsl: -1 }, { lsl: 2 }], (v) => v.toFixed(1)).summary).toBe(
      'differ between the 2 of 2 samples that have them (LSL -1.0 or 2.0); not drawn on the lot chart, each map shows its own',
    );
  });

  it('says none set when no sample has limits', () => {
    expect(sharedLimits([null, {}])).toEqual({
      limits: {},
      withLimits: 0,
      total: 2,
      conflict: false,
      summary: 'none set',
    });
  });
});

describe('outlineAroundSites', () => {
  it('is the centred rectangle 10 % (at least 1 mm) beyond the farthest sites', () => {
    expect(
      outlineAroundSites([
        { xMm: 100, yMm: -5 },
        { xMm: -20, yMm: 2 },
      ]),
    ).toEqual({
      kind: 'rectangle',
      widthMm: 220,
      heightMm: 12,
      edgeExclusionMm: 0,
    });
    expect(outlineAroundSites([])).toMatchObject({ widthMm: 10, heightMm: 10 });
  });
});
