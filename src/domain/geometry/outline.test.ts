import { describe, expect, it } from 'vitest';
import {
  edgeDistanceMm,
  edgeExclusionDistanceMm,
  flatDistanceMm,
  isInsideEdgeExclusion,
  isInsideOutline,
  NOTCH_DEPTH_MM,
  type SampleOutline,
  STANDARD_WAFERS,
  standardWafer,
} from './outline';
import { outlinePolygonMm } from './outlinePath';

describe('flatDistanceMm: y of a bottom flat is −√(R² − (L/2)²)', () => {
  it.each([
    [100, 32.5, 47.2857],
    [150, 57.5, 69.2708],
    [76.2, 22.22, 36.4442],
  ])('%s mm wafer with a %s mm flat sits at y = −%s', (diameter, flat, expected) => {
    expect(flatDistanceMm(diameter, flat)).toBeCloseTo(expected, 4);
    const wafer = standardWafer(diameter);
    expect(wafer.flatLengthMm).toBe(flat);
    // The flat is the boundary: just above it is inside, just below is outside.
    expect(isInsideOutline(wafer, { xMm: 0, yMm: -expected + 1e-3 })).toBe(true);
    expect(isInsideOutline(wafer, { xMm: 0, yMm: -expected - 1e-3 })).toBe(false);
  });

  it('rejects a flat longer than the diameter', () => {
    expect(() => flatDistanceMm(50, 60)).toThrow(RangeError);
  });
});

describe('standardWafer', () => {
  it('gives the SEMI flat for ≤150 mm and a notch for 200 and 300 mm, at the bottom', () => {
    expect(STANDARD_WAFERS.map((w) => standardWafer(w.diameterMm).mark)).toEqual([
      'flat',
      'flat',
      'flat',
      'flat',
      'flat',
      'notch',
      'notch',
    ]);
    expect(standardWafer(300).markAngleDeg).toBe(270);
  });

  it('rejects a non-standard diameter', () => {
    expect(() => standardWafer(180)).toThrow(/not a standard wafer diameter/);
  });
});

describe('containment', () => {
  const notched = standardWafer(300, 3);

  it('keeps the notch outside: 1 mm deep at the bottom, 90° wide', () => {
    const r = 150;
    expect(isInsideOutline(notched, { xMm: 0, yMm: -(r - NOTCH_DEPTH_MM) + 0.01 })).toBe(true);
    expect(isInsideOutline(notched, { xMm: 0, yMm: -(r - NOTCH_DEPTH_MM) - 0.01 })).toBe(false);
    // 0.5 mm into the V, 0.4 mm to the side: inside the 45° half-angle, so outside the wafer.
    expect(isInsideOutline(notched, { xMm: 0.4, yMm: -149.5 })).toBe(false);
    // Same depth, 0.6 mm to the side: past the V's side, so wafer material.
    expect(isInsideOutline(notched, { xMm: 0.6, yMm: -149.5 })).toBe(true);
    // At the top there is no notch.
    expect(isInsideOutline(notched, { xMm: 0, yMm: 149.99 })).toBe(true);
  });

  it('measures edge distance exactly for a flat wafer and a rectangle', () => {
    const flat = standardWafer(150);
    expect(edgeDistanceMm(flat, { xMm: 0, yMm: 0 })).toBeCloseTo(flatDistanceMm(150, 57.5), 12);
    expect(edgeDistanceMm(flat, { xMm: 0, yMm: 70 })).toBeCloseTo(5, 12);
    const piece: SampleOutline = {
      kind: 'rectangle',
      widthMm: 20,
      heightMm: 10,
      edgeExclusionMm: 1,
    };
    expect(edgeDistanceMm(piece, { xMm: 9, yMm: 0 })).toBeCloseTo(1, 12);
    expect(edgeDistanceMm(piece, { xMm: 0, yMm: -4.5 })).toBeCloseTo(0.5, 12);
    expect(isInsideEdgeExclusion(piece, { xMm: 0, yMm: -4.5 })).toBe(false);
    expect(isInsideEdgeExclusion(piece, { xMm: 8.9, yMm: 3.9 })).toBe(true);
    expect(isInsideOutline(piece, { xMm: 10.01, yMm: 0 })).toBe(false);
  });
});

describe('outlinePolygonMm', () => {
  const cases: Array<[string, SampleOutline]> = [
    ['150 mm flat', standardWafer(150, 5)],
    ['300 mm notch', standardWafer(300, 3)],
    ['300 mm notch, EE shallower than the notch', standardWafer(300, 0.5)],
    ['100 mm flat on the right', { ...standardWafer(100, 2), markAngleDeg: 0 }],
    ['rectangle', { kind: 'rectangle', widthMm: 30, heightMm: 12, edgeExclusionMm: 1 }],
  ];

  it.each(cases)('%s: every vertex lies on the edge and on the edge-exclusion line', (_, o) => {
    const edge = outlinePolygonMm(o, 0);
    expect(edge.length).toBeGreaterThan(3);
    expect(Math.max(...edge.map((p) => Math.abs(edgeDistanceMm(o, p))))).toBeLessThan(1e-9);
    const inset = outlinePolygonMm(o, o.edgeExclusionMm);
    expect(inset.length).toBeGreaterThan(3);
    // On the edge-exclusion line, or (an exclusion shallower than a notch) on the notch's sides.
    const off = (p: { xMm: number; yMm: number }) =>
      Math.min(
        Math.abs(edgeExclusionDistanceMm(o, p) - o.edgeExclusionMm),
        Math.abs(edgeDistanceMm(o, p)),
      );
    expect(Math.max(...inset.map(off))).toBeLessThan(1e-9);
  });

  it('runs the flat as one straight closing edge between its exact ends', () => {
    const polygon = outlinePolygonMm(standardWafer(150, 0));
    const first = polygon[0];
    const last = polygon.at(-1);
    const y = -flatDistanceMm(150, 57.5);
    expect(first?.yMm).toBeCloseTo(y, 9);
    expect(last?.yMm).toBeCloseTo(y, 9);
    expect(Math.abs((first?.xMm ?? 0) - (last?.xMm ?? 0))).toBeCloseTo(57.5, 9);
  });
});

describe('isInsideEdgeExclusion tolerance', () => {
  it('keeps sites on the R − EE ring that an instrument file rounded a little outward', () => {
    const wafer = standardWafer(300, 3);
    // KLA Slot01 site 27 as written in the file: r = 147.00001 mm, 0.01 µm past R − EE.
    expect(isInsideEdgeExclusion(wafer, { xMm: -38.047, yMm: 141.991 })).toBe(true);
    expect(isInsideEdgeExclusion(wafer, { xMm: 0, yMm: 147.0008 })).toBe(true);
    expect(isInsideEdgeExclusion(wafer, { xMm: 0, yMm: 147.002 })).toBe(false);
  });
});
