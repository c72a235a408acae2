import { describe, expect, it } from 'vitest';
import type { PointMm } from '../geometry/point';
import { contourLabelSpots, distanceToBoundaryMm } from './contourLabels';
import type { ContourLine } from './contours';

const square: PointMm[] = [
  { xMm: -10, yMm: -10 },
  { xMm: 10, yMm: -10 },
  { xMm: 10, yMm: 10 },
  { xMm: -10, yMm: 10 },
];

/** A vertical line at x from y = −10 to 10 in 1 mm steps. */
function verticalLine(x: number, value: number): ContourLine {
  const pointsMm = Array.from({ length: 21 }, (_, i) => ({ xMm: x, yMm: -10 + i }));
  return { value, pointsMm, closed: false, labelMm: { xMm: x, yMm: 0 } };
}

describe('distanceToBoundaryMm', () => {
  it('measures to the nearest edge', () => {
    expect(distanceToBoundaryMm({ xMm: 0, yMm: 0 }, square)).toBe(10);
    expect(distanceToBoundaryMm({ xMm: 7, yMm: -2 }, square)).toBe(3);
    expect(distanceToBoundaryMm({ xMm: 12, yMm: 12 }, square)).toBeCloseTo(Math.SQRT2 * 2, 12);
    expect(distanceToBoundaryMm({ xMm: 0, yMm: 0 }, [])).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('contourLabelSpots', () => {
  const options = { clearanceMm: () => 2, minGapMm: 5 };

  it('labels a line at its middle when that is clear', () => {
    expect(contourLabelSpots([verticalLine(0, 1)], square, options)).toEqual([
      { value: 1, at: { xMm: 0, yMm: 0 } },
    ]);
  });

  it('gives no label to a line that runs too close to the boundary', () => {
    expect(contourLabelSpots([verticalLine(9, 1)], square, options)).toEqual([]);
  });

  it('moves a label along its line away from a neighbour label', () => {
    const spots = contourLabelSpots([verticalLine(0, 1), verticalLine(2, 2)], square, options);
    expect(spots).toHaveLength(2);
    const [a, b] = spots;
    expect(a?.at).toEqual({ xMm: 0, yMm: 0 });
    expect(b?.at.xMm).toBe(2);
    expect(Math.hypot((b?.at.xMm ?? 0) - 0, b?.at.yMm ?? 0)).toBeGreaterThanOrEqual(5);
    expect(Math.abs(b?.at.yMm ?? 99)).toBeLessThanOrEqual(8);
  });

  it('keeps labels off the avoided points (the sites)', () => {
    const site = { xMm: 0, yMm: 0 };
    const [spot] = contourLabelSpots([verticalLine(0, 1)], square, {
      ...options,
      avoid: [site],
      avoidMm: 3,
    });
    expect(Math.abs(spot?.at.yMm ?? 0)).toBeGreaterThanOrEqual(3);
  });

  it('skips lines with too few vertices', () => {
    const short = { ...verticalLine(0, 1), pointsMm: verticalLine(0, 1).pointsMm.slice(0, 5) };
    expect(contourLabelSpots([short], square, options)).toEqual([]);
  });
});
