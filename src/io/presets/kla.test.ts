import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KLA_F5X_FILE } from '../../testing/dataFiles';
import { readKlaFixture } from '../../testing/klaFixture';
import { analyseImport } from '../analyseImport';
import { mapRows } from '../mapping';
import { klaMapping, readKlaF5x } from './kla';

const text = readFileSync(KLA_F5X_FILE, 'utf8');

/** The MEAN and STDDEV of each wafer block, read from the raw lines independently of the preset. */
function blockStatistics(): Map<string, { mean: number; stddev: number }> {
  return new Map(readKlaFixture().map((w) => [w.waferId, { mean: w.mean, stddev: w.stddev }]));
}

function meanAndSampleSd(values: number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const ss = values.reduce((a, v) => a + (v - mean) ** 2, 0);
  return { mean, sd: Math.sqrt(ss / (values.length - 1)) };
}

describe('KLA-F5x preset on the real export', () => {
  const kla = readKlaF5x(text);
  const expected = blockStatistics();

  it('finds the preamble and all 25 wafers in file order', () => {
    expect(kla.preamble['MACHINE TYPE']).toBe('KLA-F5x');
    expect(kla.preamble.Cassette).toBe('300mm Blanket');
    expect(kla.wafers.map((w) => w.waferId)).toEqual(
      Array.from({ length: 25 }, (_, i) => `Slot${String(i + 1).padStart(2, '0')}`),
    );
    expect(expected.size).toBe(25);
  });

  it('reads the block header: fields, result types, statistics', () => {
    const w = kla.wafers[0];
    expect(w?.line).toBe(11);
    expect(w?.fields).toMatchObject({
      'LOT ID': 'Native oxide',
      SLOT: '1',
      MATERIAL: 'Thermal SiO2, Woollam',
    });
    expect(w?.resultTypes).toEqual(['1st Thickness', 'GOF']);
    expect(w?.statistics.MEAN).toEqual([9.7878, 0.9913]);
    expect(w?.statistics.STDDEV).toEqual([0.2442, 0.0004]);
    expect(w?.statistics['3 % STDDEV']).toEqual([7.4837, 0.1348]);
    expect(w?.table.header).toEqual(['Site #', '1st Thickness', 'GOF', 'X', 'Y']);
  });

  it('imports 49 sites per wafer whose mean and sample SD match the block statistics', () => {
    for (const wafer of kla.wafers) {
      const r = mapRows(wafer.table, klaMapping(wafer));
      expect(r.points).toHaveLength(49);
      expect(r.problems).toEqual([]);
      const thickness = r.points.map((p) => {
        expect(p.values.map((v) => v.propertyName)).toEqual(['1st Thickness', 'GOF']);
        return p.values[0]?.value ?? Number.NaN;
      });
      const { mean, sd } = meanAndSampleSd(thickness);
      const block = expected.get(wafer.waferId);
      expect(block).toBeDefined();
      expect(Math.abs(mean - (block?.mean ?? Number.NaN))).toBeLessThan(6e-5);
      expect(Math.abs(sd - (block?.stddev ?? Number.NaN))).toBeLessThan(6e-5);
      expect(wafer.statistics.MEAN?.[0]).toBe(block?.mean);
      expect(wafer.statistics.STDDEV?.[0]).toBe(block?.stddev);
    }
  });

  it('maps site rows to mm with their file lines', () => {
    const first = kla.wafers[0];
    if (!first) throw new Error('no wafer');
    const r = mapRows(first.table, klaMapping(first));
    // Lines 32-34 of the file: "1,9.5113,0.9916,0,0", "2,9.5264,0.9913,-0.0001,49", "3,…,-34.6483,34.648".
    expect(r.points.slice(0, 3)).toEqual([
      {
        sourceRow: 32,
        xMm: 0,
        yMm: 0,
        values: [
          { propertyName: '1st Thickness', propertyUnit: null, value: 9.5113 },
          { propertyName: 'GOF', propertyUnit: null, value: 0.9916 },
        ],
        identity: { site: 1 },
      },
      expect.objectContaining({ sourceRow: 33, xMm: -0.0001, yMm: 49, identity: { site: 2 } }),
      expect.objectContaining({ sourceRow: 34, xMm: -34.6483, yMm: 34.648, identity: { site: 3 } }),
    ]);
  });

  it('is detected by analyseImport, which offers every wafer and imports the chosen one', () => {
    const first = analyseImport(text, 'kla.csv');
    expect(first.detectedPreset).toBe('kla-f5x');
    expect(first.waferIds).toHaveLength(25);
    expect(first.wafer?.waferId).toBe('Slot01');
    const last = analyseImport(text, 'kla.csv', { waferId: 'Slot25' });
    expect(last.wafer?.statistics.MEAN?.[0]).toBe(expected.get('Slot25')?.mean);
    expect(last.coordinateUnitSource).toBe('preset');
    expect(mapRows(last.table, last.mapping).points).toHaveLength(49);
    expect(() => analyseImport(text, 'kla.csv', { waferId: 'Slot99' })).toThrow(RangeError);
  });
});
