import { describe, expect, it } from 'vitest';
import { orientationMark } from './orientationMark';
import { flatDistanceMm, standardWafer } from './outline';

describe('orientationMark', () => {
  it('gives the 300 mm notch V at the bottom: apex 1 mm in, sides on the circle at ±45°', () => {
    const m = orientationMark(standardWafer(300));
    expect(m?.kind).toBe('notch');
    const [s1, apex, s2] = m?.line ?? [];
    expect(apex?.xMm).toBeCloseTo(0, 12);
    expect(apex?.yMm).toBeCloseTo(-149, 12);
    for (const s of [s1, s2]) {
      expect(Math.hypot(s?.xMm ?? 0, s?.yMm ?? 0)).toBeCloseTo(150, 9);
      // A 45° side: |dx| = |dy| from the apex.
      expect(Math.abs((s?.xMm ?? 0) - 0)).toBeCloseTo(Math.abs((s?.yMm ?? 0) + 149), 9);
    }
    expect(m?.outward.x).toBeCloseTo(0, 12);
    expect(m?.outward.y).toBeCloseTo(-1, 12);
  });

  it('gives the 150 mm primary flat as its chord, 57.5 mm long', () => {
    const m = orientationMark(standardWafer(150));
    const [a, b] = m?.line ?? [];
    const d = flatDistanceMm(150, 57.5);
    expect(m?.kind).toBe('flat');
    expect(a?.yMm).toBeCloseTo(-d, 12);
    expect(b?.yMm).toBeCloseTo(-d, 12);
    expect(Math.abs((a?.xMm ?? 0) - (b?.xMm ?? 0))).toBeCloseTo(57.5, 12);
    expect(m?.centerMm.yMm).toBeCloseTo(-d, 12);
  });

  it('gives nothing for a rectangle or a wafer without a mark', () => {
    expect(
      orientationMark({ kind: 'rectangle', widthMm: 20, heightMm: 10, edgeExclusionMm: 1 }),
    ).toBeNull();
    expect(orientationMark({ ...standardWafer(300), mark: 'none' })).toBeNull();
  });
});
