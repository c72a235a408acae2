import { describe, expect, it } from 'vitest';
import { clipToConvex, convexHull, fractionOutsideHull, polygonAreaMm2 } from './convexHull';
import type { PointMm } from './point';

const p = (xMm: number, yMm: number): PointMm => ({ xMm, yMm });
const circle = (r: number, n: number) =>
  Array.from({ length: n }, (_, i) =>
    p(r * Math.cos((2 * Math.PI * i) / n), r * Math.sin((2 * Math.PI * i) / n)),
  );

describe('convexHull', () => {
  it('keeps the corners of a square, counter-clockwise, without interior, edge or repeated points', () => {
    const pts = [
      p(0, 0),
      p(2, 0),
      p(2, 2),
      p(0, 2),
      p(1, 1),
      p(1, 0),
      p(2, 1),
      p(0, 0),
      p(0.5, 1.9),
    ];
    expect(convexHull(pts)).toEqual([p(0, 0), p(2, 0), p(2, 2), p(0, 2)]);
  });

  it('gives the two ends for points on one line, and the points themselves below three', () => {
    expect(convexHull([p(1, 1), p(3, 3), p(2, 2), p(0, 0)])).toEqual([p(0, 0), p(3, 3)]);
    expect(convexHull([p(5, -1)])).toEqual([p(5, -1)]);
    expect(convexHull([])).toEqual([]);
    expect(convexHull([p(1, 2), p(1, 2)])).toEqual([p(1, 2)]);
  });

  it('is the outer ring of a polar pattern', () => {
    const outer = circle(147, 24);
    const inner = circle(100, 16);
    const hull = convexHull([...inner, p(0, 0), ...outer]);
    expect(hull).toHaveLength(24);
    for (const q of hull) expect(Math.hypot(q.xMm, q.yMm)).toBeCloseTo(147, 9);
  });
});

describe('polygonAreaMm2 and clipToConvex', () => {
  it('measures either orientation', () => {
    expect(polygonAreaMm2([p(0, 0), p(4, 0), p(4, 3)])).toBe(6);
    expect(polygonAreaMm2([p(4, 3), p(4, 0), p(0, 0)])).toBe(6);
  });

  it('clips a non-convex L shape to a square exactly', () => {
    // L: the 4×4 square minus its top-right 2×2 quarter (area 12).
    const l = [p(0, 0), p(4, 0), p(4, 2), p(2, 2), p(2, 4), p(0, 4)];
    const square = [p(1, 1), p(3, 1), p(3, 3), p(1, 3)];
    expect(polygonAreaMm2(l)).toBe(12);
    expect(polygonAreaMm2(clipToConvex(l, square))).toBeCloseTo(3, 12);
  });

  it('is empty when they do not overlap or the hull has no area', () => {
    expect(clipToConvex([p(0, 0), p(1, 0), p(1, 1)], [p(5, 5), p(6, 5), p(6, 6)])).toEqual([]);
    expect(clipToConvex([p(0, 0), p(1, 0), p(1, 1)], [p(0, 0), p(1, 1)])).toEqual([]);
  });
});

describe('fractionOutsideHull', () => {
  it('is 1 − 2/π for a circle around its inscribed square', () => {
    const disc = circle(150, 7200);
    const square = [p(150, 0), p(0, 150), p(-150, 0), p(0, -150)];
    expect(fractionOutsideHull(disc, square)).toBeCloseTo(1 - 2 / Math.PI, 6);
  });

  it('is 0 when the hull covers the region, 1 for a hull without area', () => {
    const square = [p(-1, -1), p(1, -1), p(1, 1), p(-1, 1)];
    expect(fractionOutsideHull(square, [p(-2, -2), p(2, -2), p(2, 2), p(-2, 2)])).toBe(0);
    expect(fractionOutsideHull(square, [p(0, 0), p(1, 1)])).toBe(1);
  });
});
