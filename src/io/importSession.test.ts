import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { KLA_F5X_FILE } from '../testing/dataFiles';
import { klaWafer } from '../testing/klaFixture';
import { ImportSession, LIST_CAP, PASTED_SOURCE } from './importSession';

const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const wafer300 = standardWafer(300);
const wafer150 = standardWafer(150);

describe('ImportSession on the real KLA-F5x export', () => {
  const session = new ImportSession(readFileSync(KLA_F5X_FILE, 'utf8'), 'kla.csv');

  it('offers every wafer and starts without the GOF column', () => {
    const a = session.analyse({ waferId: 'Slot07' });
    expect(a.preset).toBe('kla-f5x');
    expect(a.waferIds).toHaveLength(25);
    expect(a.wafer?.waferId).toBe('Slot07');
    expect(a.mapping.values.map((v) => v.propertyName)).toEqual(['1st Thickness']);
    expect(a.optionalValues).toEqual([{ column: 2, propertyName: 'GOF', propertyUnit: null }]);
    expect(a.header).toEqual(['Site #', '1st Thickness', 'GOF', 'X', 'Y']);
    expect(a.rowCount).toBe(49);
    expect(a.defaultSourceType).toBe('KLA-F5x');
  });

  it('previews 49 points inside a 300 mm wafer whose mean matches the block MEAN', () => {
    const a = session.analyse({ waferId: 'Slot07' });
    const view = session.map(a.mapping, wafer300);
    expect(view.pointCount).toBe(49);
    expect(view.valueCount).toBe(49);
    expect(view.outsideCount).toBe(0);
    expect([...view.inside].every((v) => v === 1)).toBe(true);
    const [thickness] = view.properties;
    const block = klaWafer('Slot07');
    expect(thickness?.n).toBe(49);
    expect(Math.abs((thickness?.mean ?? 0) - block.mean)).toBeLessThanOrEqual(6e-5);
    expect(Math.abs((thickness?.sd ?? 0) - block.stddev)).toBeLessThanOrEqual(6e-5);
    expect(view.xMm[0]).toBe(block.sites[0]?.xMm);
    expect(view.yMm[0]).toBe(block.sites[0]?.yMm);
  });

  it('stages one annotation per site with the file, line and wafer in metadata', () => {
    const a = session.analyse({ waferId: 'Slot07' });
    const mapping = {
      ...a.mapping,
      values: a.mapping.values.map((v) => ({ ...v, propertyUnit: 'nm' })),
    };
    const staged = session.stage(
      { mapping, outline: wafer300, sourceType: 'KLA-F5x', includeOutside: false },
      ids(),
    );
    expect(staged).toHaveLength(49);
    const block = klaWafer('Slot07');
    expect(staged.map((s) => s.propertyValue)).toEqual(block.sites.map((s) => s.thicknessNm));
    expect(staged[0]).toMatchObject({
      localId: 'id-1',
      propertyName: '1st Thickness',
      propertyUnit: 'nm',
      charSourceType: 'KLA-F5x',
      metadata: { source_file: 'kla.csv', wafer_id: 'Slot07' },
    });
    const line = readFileSync(KLA_F5X_FILE, 'utf8').split(/\r?\n/)[
      Number(staged[0]?.metadata?.source_row) - 1
    ];
    expect(line?.split(',').slice(0, 2)).toEqual(['1', String(block.sites[0]?.thicknessNm)]);
  });

  it('keeps the site, wafer, slot and source column, and converts Å to nm only when asked', () => {
    const a = session.analyse({ waferId: 'Slot07' });
    const [column] = a.mapping.values;
    if (!column) throw new Error('no value column');
    const asked = { ...column, propertyName: 'thickness', propertyUnit: 'Å' };
    const request = (convertTo: { unit: string; factor: number } | null) => ({
      mapping: { ...a.mapping, values: [{ ...asked, convertTo }] },
      outline: wafer300,
      sourceType: 'KLA-F5x',
      includeOutside: false,
    });
    const block = klaWafer('Slot07');
    const asRead = session.stage(request(null), ids());
    expect(asRead[0]?.metadata).toEqual({
      source_file: 'kla.csv',
      source_row: asRead[0]?.metadata?.source_row,
      source_column: '1st Thickness',
      wafer_id: 'Slot07',
      slot: 7,
      site: 1,
    });
    expect(asRead.map((s) => s.metadata?.site)).toEqual(block.sites.map((_, i) => i + 1));
    expect(asRead.map((s) => s.propertyValue)).toEqual(block.sites.map((s) => s.thicknessNm));

    const converted = session.stage(request({ unit: 'nm', factor: 0.1 }), ids());
    expect(converted[0]).toMatchObject({ propertyName: 'thickness', propertyUnit: 'nm' });
    expect(converted[0]?.metadata).toMatchObject({
      source_column: '1st Thickness',
      source_unit: 'Å',
    });
    // Exact decimal shifts: 9.5113 Å is 0.95113 nm, not 0.9511300000000001.
    expect(converted.map((s) => s.propertyValue)).toEqual(
      block.sites.map((s) => Number(`${s.thicknessNm}e-1`)),
    );
  });

  it('leaves points outside the outline out unless asked, and counts them', () => {
    const a = session.analyse({ waferId: 'Slot07' });
    const view = session.map(a.mapping, wafer150);
    expect(view.outsideCount).toBeGreaterThan(0);
    expect(view.insideValueCount).toBe(49 - view.outsideCount);
    expect(view.outsideCount).toBe([...view.inside].filter((v) => v === 0).length);
    const request = { mapping: a.mapping, outline: wafer150, sourceType: '' };
    const inside = session.stage({ ...request, includeOutside: false }, ids());
    const all = session.stage({ ...request, includeOutside: true }, ids());
    expect(inside).toHaveLength(49 - view.outsideCount);
    expect(all).toHaveLength(49);
  });
});

describe('ImportSession on pasted and generic tables', () => {
  it('reads three tab-separated rows with a header, as pasted from a spreadsheet', () => {
    const session = new ImportSession(
      'x (mm)\ty (mm)\tthickness (nm)\n0\t0\t25.1\n31.7\t-22.4\t24.85\n-48.2\t40.9\t25.6\n',
      PASTED_SOURCE,
    );
    const a = session.analyse();
    expect(a.headerless).toBe(false);
    expect(a.coordinateUnitSource).toBe('header');
    const staged = session.stage(
      { mapping: a.mapping, outline: wafer150, sourceType: '', includeOutside: false },
      ids(),
    );
    expect(
      staged.map((s) => [s.xMm, s.yMm, s.propertyName, s.propertyValue, s.propertyUnit]),
    ).toEqual([
      [0, 0, 'thickness', 25.1, 'nm'],
      [31.7, -22.4, 'thickness', 24.85, 'nm'],
      [-48.2, 40.9, 'thickness', 25.6, 'nm'],
    ]);
    expect(staged.map((s) => s.metadata?.source_row)).toEqual([2, 3, 4]);
    expect(staged[0]?.metadata?.source_file).toBe('pasted table');
  });

  it('reads rows without a header as Column 1, 2 … and keeps the pasted line numbers', () => {
    const session = new ImportSession('1.5\t2\t25.1\r\n-3.25\t0\t24.9\r\n', PASTED_SOURCE);
    const a = session.analyse();
    expect(a.headerless).toBe(true);
    expect(a.header).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(a.previewRows.map((r) => r.line)).toEqual([1, 2]);
    expect(a.mapping.values).toEqual([{ column: 2, propertyName: 'Column 3', propertyUnit: null }]);
    const staged = session.stage(
      { mapping: a.mapping, outline: wafer150, sourceType: '', includeOutside: false },
      ids(),
    );
    expect(staged.map((s) => [s.xMm, s.yMm, s.propertyValue, s.metadata?.source_row])).toEqual([
      [1.5, 2, 25.1, 1],
      [-3.25, 0, 24.9, 2],
    ]);
    // Turned off by hand, the same text has no header row and nothing to import.
    expect(session.analyse({ headerless: false }).rowCount).toBe(0);
  });

  it('suggests µm for 13 µm points read as mm, and stages them in mm once fixed', () => {
    const rows = Array.from({ length: 13 }, (_, i) => `${(i - 6) * 20000},${i * 1000},${i}`);
    const session = new ImportSession(`x,y,thickness\n${rows.join('\n')}`, 'um.csv');
    const a = session.analyse();
    expect(a.coordinateUnitSource).toBe('default');
    const view = session.map(a.mapping, wafer300);
    expect(view.outsideCount).toBe(13);
    expect(view.unitSuggestion).toMatchObject({ from: 'mm', to: 'µm', insideAfter: 13, total: 13 });
    const fixed = { ...a.mapping, coordinateUnit: 'µm' as const };
    expect(session.map(fixed, wafer300).outsideCount).toBe(0);
    const staged = session.stage(
      { mapping: fixed, outline: wafer300, sourceType: '', includeOutside: false },
      ids(),
    );
    expect(staged[0]).toMatchObject({ xMm: -120, yMm: 0 });
    expect(staged[12]).toMatchObject({ xMm: 120, yMm: 12 });
  });

  it('lists unreadable cells and skipped rows with their lines, capping long lists', () => {
    const bad = Array.from({ length: LIST_CAP + 20 }, (_, i) => `${i % 50},0,N/A`);
    const session = new ImportSession(`x,y,v\n1,1,1\n${bad.join('\n')}\n,2,3`, 'bad.csv');
    const view = session.map(session.analyse().mapping, wafer300);
    expect(view.pointCount).toBe(1);
    expect(view.problemCount).toBe(LIST_CAP + 21);
    expect(view.problems).toHaveLength(LIST_CAP);
    expect(view.problems[0]).toMatchObject({
      row: 3,
      columnName: 'v',
      raw: 'N/A',
      kind: 'missing',
    });
    expect(view.skippedCount).toBe(LIST_CAP + 21);
    expect(view.skippedRows[0]).toEqual({ row: 3, reason: 'no-values' });
  });

  it('reads the CompleteEASE fixture in cm without its statistics rows', () => {
    const text = readFileSync(
      path.resolve(import.meta.dirname, 'fixtures/completeease-map.txt'),
      'utf8',
    );
    const session = new ImportSession(text, 'map.txt');
    const a = session.analyse();
    expect(a.preset).toBe('woollam');
    expect(a.statisticsRows.map((r) => r.label)).toEqual([
      'Average',
      'Min',
      'Max',
      'Std. Dev.',
      '% Range',
      '% Uniformity',
    ]);
    expect(a.mapping.values.map((v) => v.propertyName)).not.toContain('MSE');
    const view = session.map(a.mapping, wafer150);
    expect(view.xMm[1]).toBe(7.07);
    expect(view.problemCount).toBe(0);
  });
});

describe('ImportSession checks summary', () => {
  it('summarises one property in two units as two lines, never one mean', () => {
    const session = new ImportSession(
      'x_mm,y_mm,Thickness [nm],Thickness [A]\n0,0,10,100\n1,0,20,300\n',
      'units.csv',
    );
    const a = session.analyse();
    const view = session.map(a.mapping, wafer150);
    expect(view.properties.map((p) => [p.name, p.unit, p.n, p.mean])).toEqual([
      ['Thickness', 'nm', 2, 15],
      ['Thickness', 'A', 2, 200],
    ]);
  });
});
