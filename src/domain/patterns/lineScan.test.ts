import { describe, expect, it } from 'vitest';
import {
  edgeDistanceMm,
  edgeExclusionDistanceMm,
  type SampleOutline,
  standardWafer,
} from '../geometry/outline';
import { lineScanHalfLengthMm, lineScanPattern } from './lineScan';

const xy = (p: { sites: Array<{ xMm: number; yMm: number }> }) =>
  p.sites.map((s) => [s.xMm, s.yMm]);

describe('lineScanPattern', () => {
  const wafer150 = standardWafer(150, 5);

  it('spaces N sites evenly along +x from −L to +L: 150 mm wafer, EE 5 → L = 70', () => {
    const scan = lineScanPattern({ outline: wafer150, siteCount: 5, angleDeg: 0 });
    expect(xy(scan)).toEqual([
      [-70, 0],
      [-35, 0],
      [0, 0],
      [35, 0],
      [70, 0],
    ]);
    expect(scan.sites.map((s) => s.index)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is limited by the flat along y: L = √(75² − 28.75²) − 5 = 64.2708 mm', () => {
    const expectedL = Math.sqrt(75 ** 2 - 28.75 ** 2) - 5;
    expect(expectedL).toBeCloseTo(64.2708, 4);
    expect(lineScanHalfLengthMm(wafer150, 90)).toBeCloseTo(expectedL, 12);
    const scan = lineScanPattern({ outline: wafer150, siteCount: 3, angleDeg: 90 });
    expect(scan.sites[0]?.yMm).toBeCloseTo(-expectedL, 8);
    expect(scan.sites[2]?.yMm).toBeCloseTo(expectedL, 8);
    expect(scan.sites[0]?.xMm).toBe(0);
  });

  it('meets the inset flat obliquely at 250°: the end lies on the EE boundary', () => {
    // The ray at 250° is 20° off the flat's normal: L = 64.2708 / cos 20° = 68.3957 < 70.
    const l = lineScanHalfLengthMm(wafer150, 250);
    expect(l).toBeCloseTo((Math.sqrt(75 ** 2 - 28.75 ** 2) - 5) / Math.cos(Math.PI / 9), 12);
    const a = (250 * Math.PI) / 180;
    expect(edgeDistanceMm(wafer150, { xMm: l * Math.cos(a), yMm: l * Math.sin(a) })).toBeCloseTo(
      5,
      12,
    );
  });

  it('solves the rectangle exactly: 20 × 10 mm, EE 1 → L = 9 at 0°, 4 at 90°, 4√2 at 45°', () => {
    const piece: SampleOutline = {
      kind: 'rectangle',
      widthMm: 20,
      heightMm: 10,
      edgeExclusionMm: 1,
    };
    expect(lineScanHalfLengthMm(piece, 0)).toBe(9);
    expect(lineScanHalfLengthMm(piece, 90)).toBeCloseTo(4, 12);
    expect(lineScanHalfLengthMm(piece, 45)).toBeCloseTo(4 * Math.SQRT2, 12);
    expect(xy(lineScanPattern({ outline: piece, siteCount: 3, angleDeg: 45 }))).toEqual([
      [-4, -4],
      [0, 0],
      [4, 4],
    ]);
  });

  it('measures the edge exclusion from the nominal circle on a notched wafer (SEMI M1 FQA)', () => {
    // EE 3 mm is deeper than the 1 mm notch: the notch lies in the exclusion zone.
    const notched = standardWafer(300, 3);
    expect(lineScanHalfLengthMm(notched, 90)).toBe(147);
    expect(lineScanHalfLengthMm(notched, 0)).toBe(147);
    // EE 0.5 mm is shallower: along the notch axis the scan stops at the notch's apex (149 mm).
    const shallow = standardWafer(300, 0.5);
    expect(lineScanHalfLengthMm(shallow, 0)).toBe(149.5);
    // At the apex, 1 nm inside (reach.ts keeps bisected notch bounds that far in).
    expect(Math.abs(lineScanHalfLengthMm(shallow, 90) - (149 - 1e-6))).toBeLessThan(1e-9);
    // Just off the notch axis the bound is the notch's side, not the circle.
    const l = lineScanHalfLengthMm(shallow, 90.1);
    expect(l).toBeLessThan(149.5);
    const a = (270.1 * Math.PI) / 180;
    const end = (t: number) => ({ xMm: t * Math.cos(a), yMm: t * Math.sin(a) });
    expect(edgeExclusionDistanceMm(shallow, end(l))).toBeGreaterThanOrEqual(0.5);
    expect(edgeExclusionDistanceMm(shallow, end(l + 2e-6))).toBeLessThan(0.5);
  });

  it('gives the centre for N = 1 and throws RangeError for N < 1 or a fractional N', () => {
    expect(lineScanPattern({ outline: wafer150, siteCount: 1, angleDeg: 30 }).sites).toEqual([
      { index: 1, xMm: 0, yMm: 0 },
    ]);
    for (const n of [0, -3, 2.5, Number.NaN]) {
      expect(() => lineScanPattern({ outline: wafer150, siteCount: n, angleDeg: 0 })).toThrow(
        RangeError,
      );
    }
  });
});
