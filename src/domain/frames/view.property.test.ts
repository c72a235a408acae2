import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PointMm, PointPx } from '../geometry/point';
import {
  containerPxToSampleMm,
  type SampleView,
  type StageTransform,
  sampleMmToContainerPx,
  sampleMmToStagePx,
  stagePxToSampleMm,
} from './view';

const RUNS = { numRuns: 300 };

const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const view: fc.Arbitrary<SampleView> = fc.record({
  centerXPx: between(0, 1e4),
  centerYPx: between(0, 1e4),
  pxPerMm: between(0.01, 100),
});
const transform: fc.Arbitrary<StageTransform> = fc.record({
  x: between(-1e4, 1e4),
  y: between(-1e4, 1e4),
  scale: between(0.05, 50),
});
const pointMm: fc.Arbitrary<PointMm> = fc.record({
  xMm: between(-1000, 1000),
  yMm: between(-1000, 1000),
});
const pointPx: fc.Arbitrary<PointPx> = fc.record({
  xPx: between(-1e5, 1e5),
  yPx: between(-1e5, 1e5),
});

/** |actual − expected| ≤ 1e-9 · max(1, |expected|): relative for large values, absolute near 0. */
function expectClose(actual: number, expected: number) {
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`${actual} differs from ${expected} by more than ${tolerance}`);
  }
}

describe('view transforms round-trip', () => {
  it('sample mm -> stage px -> sample mm', () => {
    fc.assert(
      fc.property(view, pointMm, (v, p) => {
        const back = stagePxToSampleMm(v, sampleMmToStagePx(v, p));
        expectClose(back.xMm, p.xMm);
        expectClose(back.yMm, p.yMm);
      }),
      RUNS,
    );
  });

  it('container px -> sample mm -> container px', () => {
    fc.assert(
      fc.property(view, transform, pointPx, (v, t, p) => {
        const back = sampleMmToContainerPx(v, t, containerPxToSampleMm(v, t, p));
        expectClose(back.xPx, p.xPx);
        expectClose(back.yPx, p.yPx);
      }),
      RUNS,
    );
  });

  it('keeps y flipped: a point further up in the sample is higher on screen', () => {
    fc.assert(
      fc.property(view, transform, pointMm, between(1e-3, 100), (v, t, p, upMm) => {
        const low = sampleMmToContainerPx(v, t, p);
        const high = sampleMmToContainerPx(v, t, { xMm: p.xMm, yMm: p.yMm + upMm });
        expect(high.yPx).toBeLessThan(low.yPx);
        expect(high.xPx).toBe(low.xPx);
      }),
      RUNS,
    );
  });
});
