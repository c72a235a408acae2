import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { summarizeValues } from '../../domain/stats/uniformity';
import { KLA_F5X_FILE } from '../../testing/dataFiles';
import { readKlaFixture } from '../../testing/klaFixture';
import { readTable } from '../readTable';
import { cassetteFromTable, readCassette } from './readCassette';
import { mapWafer, previewWafer, stageWafer, withValueUnit } from './stageWafer';

const klaText = readFileSync(KLA_F5X_FILE, 'utf8');
const KLA_NAME = 'kla-f5x-native-oxide-300mm.csv';
const wafer300 = standardWafer(300);
let ids = 0;
const newId = () => `id-${++ids}`;

describe('a KLA-F5x file as a cassette (the real 25-wafer export)', () => {
  const cassette = readCassette([{ name: KLA_NAME, text: klaText }]);
  const fixture = readKlaFixture();

  it('holds all 25 wafers by WAFER ID, slot and lot, with unique keys', () => {
    expect(cassette.split).toBe('kla-blocks');
    expect(cassette.wafers.map((w) => w.waferId)).toEqual(fixture.map((w) => w.waferId));
    expect(cassette.wafers.map((w) => w.slot)).toEqual(
      Array.from({ length: 25 }, (_, i) => String(i + 1)),
    );
    expect(cassette.wafers[0]?.lot).toBe('Native oxide');
    expect(cassette.wafers[24]?.lot).toBe('Native Oxide');
    expect(cassette.wafers[6]?.key).toBe(`${KLA_NAME}#Slot07`);
    expect(new Set(cassette.wafers.map((w) => w.key)).size).toBe(25);
    expect(cassette.warnings).toEqual([]);
  });

  it("gives each wafer 49 sites whose mean and σ (n − 1) equal its block's MEAN and STDDEV to 4 decimals", () => {
    for (const [i, w] of cassette.wafers.entries()) {
      const map = mapWafer(w, w.mapping, wafer300);
      expect(map.points).toHaveLength(49);
      expect(map.problems).toEqual([]);
      const s = summarizeValues(map.points.map((p) => p.values[0]?.value ?? Number.NaN));
      const stated = w.statedStatistics[0]?.values;
      expect(s.mean?.toFixed(4)).toBe(stated?.MEAN?.toFixed(4));
      expect(s.sd?.toFixed(4)).toBe(stated?.STDDEV?.toFixed(4));
      // The stated figures are the file's own, read independently of the importer.
      expect(stated?.MEAN).toBe(fixture[i]?.mean);
      expect(stated?.STDDEV).toBe(fixture[i]?.stddev);
    }
  });

  it('imports the thickness and offers GOF without selecting it', () => {
    const w = cassette.wafers[0];
    expect(w?.mapping.values.map((v) => v.propertyName)).toEqual(['1st Thickness']);
    expect(w?.optionalValues.map((v) => v.propertyName.trim())).toEqual(['GOF']);
    expect(w?.statedStatistics.map((s) => s.propertyName.trim())).toEqual(['1st Thickness', 'GOF']);
    expect(w?.statedStatistics[1]?.values.MEAN).toBe(0.9913);
  });

  it('stages every site with its site number, wafer, slot, lot, file, line and column', () => {
    const w = cassette.wafers[1];
    if (!w) throw new Error('no Slot02');
    const staged = stageWafer(
      w,
      {
        mapping: withValueUnit(w.mapping, 'nm'),
        outline: wafer300,
        sourceType: 'KLA-F5x',
        includeOutside: false,
      },
      newId,
    );
    expect(staged).toHaveLength(49);
    const sites = fixture[1]?.sites ?? [];
    staged.forEach((s, i) => {
      expect(s.propertyUnit).toBe('nm');
      expect(s.propertyValue).toBe(sites[i]?.thicknessNm);
      expect([s.xMm, s.yMm]).toEqual([sites[i]?.xMm, sites[i]?.yMm]);
      expect(s.metadata).toMatchObject({
        source_file: KLA_NAME,
        wafer_id: 'Slot02',
        slot: '2',
        lot_id: 'Native oxide',
        site: sites[i]?.site,
        source_column: '1st Thickness',
      });
    });
    const lines = klaText.split(/\r?\n/);
    const block = lines.indexOf('WAFER ID,Slot02,,,');
    const header = lines.findIndex((l, i) => i > block && l.startsWith('Site #'));
    // 1-based: the line after the `Site #` header is line header + 2.
    expect(staged.map((s) => s.metadata?.source_row)).toEqual(
      Array.from({ length: 49 }, (_, i) => header + 2 + i),
    );
  });

  it('names properties through the propertyName hook, statistics included', () => {
    const seen: string[] = [];
    const named = readCassette([{ name: KLA_NAME, text: klaText }], {
      propertyName: (header, suggested) => {
        seen.push(header);
        return suggested.startsWith('1st Thickness') ? 'thickness' : suggested.trim();
      },
    });
    expect(seen.slice(0, 2)).toEqual(['1st Thickness', 'GOF']);
    expect(named.wafers[3]?.mapping.values[0]?.propertyName).toBe('thickness');
    expect(named.wafers[3]?.statedStatistics[0]?.propertyName).toBe('thickness');
  });

  it('previews a wafer: points, outside count and the mean', () => {
    const w = cassette.wafers[0];
    if (!w) throw new Error('no Slot01');
    const p = previewWafer(w, withValueUnit(w.mapping, 'nm'), wafer300);
    expect(p).toMatchObject({ pointCount: 49, outsideCount: 0, problemCount: 0 });
    expect(p.properties[0]?.mean?.toFixed(4)).toBe('9.7878');
    expect(previewWafer(w, w.mapping, standardWafer(100)).outsideCount).toBeGreaterThan(0);
  });

  it('keeps two blocks with one WAFER ID apart and says so', () => {
    const twice = klaText.replace('WAFER ID,Slot02,', 'WAFER ID,Slot01,');
    const c = readCassette([{ name: 'x.csv', text: twice }]);
    expect(c.wafers.slice(0, 2).map((w) => w.key)).toEqual(['x.csv#Slot01', 'x.csv#Slot01~2']);
    expect(c.warnings).toEqual(['“Slot01” appears more than once in x.csv.']);
  });
});

describe('a table with a column naming the wafer', () => {
  const csv = [
    'Lot ID,Wafer_ID,Slot,X (mm),Y (mm),Thickness (nm)',
    'L1,W-01,1,0,0,100.5',
    'L1,W-02,2,0,0,101.5',
    'L1,W-01,1,10,0,100.7',
    ',,,5,5,99',
    'L1,W-02,2,10,0,101.25',
  ].join('\n');
  const c = readCassette([{ name: 'lot.csv', text: csv }]);

  it('splits the rows by that column in order of first appearance', () => {
    expect(c.split).toBe('sample-column');
    expect(c.wafers.map((w) => [w.waferId, w.slot, w.lot])).toEqual([
      ['W-01', '1', 'L1'],
      ['W-02', '2', 'L1'],
    ]);
    expect(c.wafers.map((w) => w.table.rows.map((r) => r.line))).toEqual([
      [2, 4],
      [3, 6],
    ]);
  });

  it('imports only the measured column (not slot) and reports the row without a sample', () => {
    const w = c.wafers[1];
    expect(w?.mapping.values.map((v) => v.propertyName)).toEqual(['Thickness']);
    expect(w && mapWafer(w, w.mapping, wafer300).points.map((p) => p.values[0]?.value)).toEqual([
      101.5, 101.25,
    ]);
    expect(c.warnings).toContain('lot.csv: 1 row name no sample and are left out (line 5).');
  });

  it('splits by lot and slot when there is no wafer column', () => {
    const bySlot = csv.replace('Wafer_ID', 'Operator');
    const s = readCassette([{ name: 'lot.csv', text: bySlot }]);
    expect(s.wafers.map((w) => w.waferId)).toEqual(['L1 / 1', 'L1 / 2']);
  });

  it('splits an already parsed table (an Excel sheet) the same way', () => {
    const t = cassetteFromTable(readTable(csv), 'lot.xlsx › Sheet1');
    expect(t.wafers.map((w) => w.key)).toEqual([
      'lot.xlsx › Sheet1#W-01',
      'lot.xlsx › Sheet1#W-02',
    ]);
    expect(cassetteFromTable(readTable(csv), 'lot.xlsx', { keyColumns: [] }).wafers).toHaveLength(
      1,
    );
    expect(() => cassetteFromTable(readTable(csv), 'lot.xlsx', { keyColumns: [9] })).toThrow(
      RangeError,
    );
  });
});

describe('several CompleteEASE files chosen together', () => {
  const map = readFileSync(path.resolve(import.meta.dirname, '../fixtures/completeease-map.txt'));
  const text = map.toString('utf8');
  const c = readCassette([
    { name: 'run/Slot03 before.txt', text },
    { name: 'Slot04 before.txt', text: text.replace('\t101.25\t', '\t99.5\t') },
  ]);

  it('makes one wafer per file, named after the file, slot from the name', () => {
    expect(c.split).toBe('file');
    expect(c.wafers.map((w) => [w.waferId, w.slot, w.preset])).toEqual([
      ['Slot03 before', '3', 'woollam'],
      ['Slot04 before', '4', 'woollam'],
    ]);
  });

  it('maps each file like a single CompleteEASE import: (x,y) in cm, thickness in nm', () => {
    const [a, b] = c.wafers.map((w) => mapWafer(w, w.mapping, wafer300));
    expect(a?.points).toHaveLength(9);
    expect(a?.points[1]).toMatchObject({ xMm: 7.07, yMm: 0 });
    const thickness = (p: NonNullable<typeof a>['points'][number] | undefined) =>
      p?.values.find((v) => v.propertyName === 'Thickness # 1')?.value;
    expect(thickness(a?.points[0])).toBe(101.25);
    expect(thickness(b?.points[0])).toBe(99.5);
  });
});
