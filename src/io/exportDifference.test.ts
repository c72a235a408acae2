import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../domain/geometry/outline';
import { computeDifference } from '../domain/lot/difference';
import { klaWafer } from '../testing/klaFixture';
import { differenceToCsv } from './exportDifference';

describe('differenceToCsv', () => {
  it('writes matched pairs, then unmatched sites, with units and the formula in the headers', () => {
    const outcome = computeDifference({
      a: {
        unit: 'nm',
        sites: [
          { xMm: 0, yMm: 0, value: 10, site: 1 },
          { xMm: 50, yMm: 0, value: 12, site: 2 },
          { xMm: 0, yMm: 50, value: 11, site: 3 },
          { xMm: -50, yMm: 0, value: 13, site: 4 },
        ],
      },
      b: {
        unit: 'nm',
        sites: [
          { xMm: 0.5, yMm: 0, value: 7, site: 1 },
          { xMm: 50, yMm: 0, value: 10, site: 2 },
          { xMm: 0, yMm: 50, value: 9, site: 3 },
          { xMm: 0, yMm: -50, value: 8, site: 5 },
        ],
      },
      outline: standardWafer(150),
      rateMinutes: 2,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const csv = differenceToCsv(outcome.difference, { aName: 'Before', bName: 'After' });
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual([
      'How',
      'Site A',
      'Site B',
      'x (mm)',
      'y (mm)',
      'A: Before (nm)',
      'B: After (nm)',
      '(A − B) / 2 min (nm/min)',
      'Distance (mm)',
    ]);
    expect(rows[1]).toEqual(['matched', '1', '1', '0.25', '0', '10', '7', '1.5', '0.5']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'matched',
      'matched',
      'matched',
      'only in A',
      'only in B',
    ]);
    expect(rows[4]?.[1]).toBe('4');
    expect(rows[5]?.[2]).toBe('5');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('differenceToCsv of the real KLA file (Slot01 − Slot02)', () => {
  const sitesOf = (waferId: string) =>
    klaWafer(waferId).sites.map((s) => ({
      xMm: s.xMm,
      yMm: s.yMm,
      value: s.thicknessNm,
      site: s.site,
    }));
  it.each([null, 3])('writes decimal values without float noise (rate minutes %s)', (minutes) => {
    const outcome = computeDifference({
      a: { unit: 'nm', sites: sitesOf('Slot01') },
      b: { unit: 'nm', sites: sitesOf('Slot02').slice(0, 45) },
      outline: standardWafer(300),
      resolution: 30,
      rateMinutes: minutes,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const rows = Papa.parse<string[]>(
      differenceToCsv(outcome.difference, { aName: 'A', bName: 'B' }).trim(),
    ).data;
    // 4 decimals in the file; a rate per 3 min gets 4 + 1 + 1. Positions: 4 decimals + 1 (midpoints).
    const valueDecimals = minutes === null ? 4 : 6;
    for (const r of rows.slice(1)) {
      expect(r[7]).toMatch(new RegExp(`^(-?\\d+(\\.\\d{1,${valueDecimals}})?)?$`));
      for (const cell of [r[3], r[4], r[8]]) expect(cell).toMatch(/^(-?\d+(\.\d{1,5})?)?$/);
    }
    expect(rows.filter((r) => r[0] === 'only in A')).toHaveLength(4);
  });
});
