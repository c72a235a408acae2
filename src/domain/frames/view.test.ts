import { describe, expect, it } from 'vitest';
import { outlineBoundsMm, standardWafer } from '../geometry/outline';
import {
  containerPxPerMm,
  containerPxToSampleMm,
  containerPxToStagePx,
  fitSampleView,
  fitTransform,
  IDENTITY_TRANSFORM,
  MAX_ZOOM,
  panBy,
  type SampleView,
  type StageTransform,
  sampleMmArraysToStagePx,
  sampleMmToContainerPx,
  sampleMmToStagePx,
  samplePointsToStagePx,
  stagePxToSampleMm,
  zoomAbout,
} from './view';

describe('sample mm <-> stage px', () => {
  const view: SampleView = { centerXPx: 400, centerYPx: 400, pxPerMm: 4 };

  it('flips y: sample +y is up, screen +y is down', () => {
    expect(sampleMmToStagePx(view, { xMm: 10, yMm: 10 })).toEqual({ xPx: 440, yPx: 360 });
  });

  it('round-trips mm -> px -> mm within 1e-9 mm', () => {
    const odd: SampleView = { centerXPx: 123.456, centerYPx: 789.01, pxPerMm: 2.71 };
    for (const p of [
      { xMm: 0, yMm: 0 },
      { xMm: -149.999, yMm: 73.5006 },
      { xMm: 1e-7, yMm: -98.123456789 },
      { xMm: 12.5, yMm: -3 },
    ]) {
      const back = stagePxToSampleMm(odd, sampleMmToStagePx(odd, p));
      expect(Math.abs(back.xMm - p.xMm)).toBeLessThan(1e-9);
      expect(Math.abs(back.yMm - p.yMm)).toBeLessThan(1e-9);
    }
  });
});

describe('a click under zoom and pan', () => {
  // 800×800 stage, sample centre at (400,400), 4 px/mm; stage zoomed ×2 and moved to (−400,−350).
  const view: SampleView = { centerXPx: 400, centerYPx: 400, pxPerMm: 4 };
  const zoomed: StageTransform = { x: -400, y: -350, scale: 2 };
  const click = { xPx: 300, yPx: 250 };

  it('stages (−12.5, +25) mm for container pixel (300, 250)', () => {
    expect(containerPxToSampleMm(view, zoomed, click)).toEqual({ xMm: -12.5, yMm: 25 });
  });

  it('differs from the wrong answer that getPointerPosition alone would give', () => {
    // Treating the container pixel as a stage pixel ignores zoom and pan.
    const wrong = stagePxToSampleMm(view, click);
    expect(wrong).toEqual({ xMm: -25, yMm: 37.5 });
    expect(containerPxToSampleMm(view, zoomed, click)).not.toEqual(wrong);
  });

  it('is the inverse of sampleMmToContainerPx', () => {
    const p = sampleMmToContainerPx(view, zoomed, { xMm: -12.5, yMm: 25 });
    expect(p).toEqual(click);
    expect(containerPxToStagePx(zoomed, p)).toEqual({ xPx: 350, yPx: 300 });
  });
});

describe('fitSampleView', () => {
  it('fits a 300 mm wafer into 800×600 with 20 px margins, centred', () => {
    const v = fitSampleView(outlineBoundsMm(standardWafer(300)), 800, 600, 20);
    expect(v).toEqual({ centerXPx: 400, centerYPx: 300, pxPerMm: 560 / 300 });
  });

  it("keeps the rulers' room free: the outline starts right of the left ruler, above the bottom", () => {
    // A 200 mm wafer in 540×620 with 24 px margins and rulers 44 px (left) and 22 px (bottom):
    // usable 540 − 44 − 48 = 448 px wide → 2.24 px/mm, centred in x 44…540 and y 0…598.
    const v = fitSampleView(outlineBoundsMm(standardWafer(200)), 540, 620, 24, {
      leftPx: 44,
      bottomPx: 22,
    });
    expect(v).toEqual({ centerXPx: 292, centerYPx: 299, pxPerMm: 2.24 });
    const left = sampleMmToStagePx(v, { xMm: -100, yMm: 0 });
    const bottom = sampleMmToStagePx(v, { xMm: 0, yMm: -100 });
    expect(left.xPx).toBeCloseTo(68, 9);
    expect(left.xPx).toBeGreaterThanOrEqual(44);
    expect(bottom.yPx).toBeLessThanOrEqual(620 - 22);
    // Without rulers, the same outline reaches 24 px from the left edge (under a ruler).
    const plain = fitSampleView(outlineBoundsMm(standardWafer(200)), 540, 620, 24);
    expect(sampleMmToStagePx(plain, { xMm: -100, yMm: 0 }).xPx).toBeCloseTo(24, 9);
  });

  it('rejects empty bounds', () => {
    expect(() => fitSampleView({ minXMm: 0, maxXMm: 0, minYMm: 0, maxYMm: 0 }, 10, 10)).toThrow(
      RangeError,
    );
  });
});

describe('fitTransform', () => {
  // A 100 mm wafer on an 800×800 stage at 4 px/mm, centre at (400, 400).
  const view: SampleView = { centerXPx: 400, centerYPx: 400, pxPerMm: 4 };
  const bounds = outlineBoundsMm(standardWafer(100));

  it('is the identity while every point lies within the sample', () => {
    expect(fitTransform(view, 800, 800, bounds, [{ xMm: 40, yMm: -40 }])).toEqual(
      IDENTITY_TRANSFORM,
    );
  });

  it('zooms out to show points beyond the sample, centred on the union', () => {
    // Union x −50..150 mm (800 px), y −50..50 mm: scale (800 − 2·0) / 800 = 1 → exactly fits;
    // with a 20 px margin, 760 / 800 = 0.95, and the union centre (50, 0) mm = stage px
    // (600, 400) lands at the container centre.
    const t = fitTransform(view, 800, 800, bounds, [{ xMm: 150, yMm: 0 }], 20);
    expect(t.scale).toBeCloseTo(0.95, 12);
    expect(t.x).toBeCloseTo(400 - 600 * 0.95, 9);
    expect(t.y).toBeCloseTo(400 - 400 * 0.95, 9);
    const shown = sampleMmToContainerPx(view, t, { xMm: 150, yMm: 0 });
    expect(shown.xPx).toBeCloseTo(780, 9);
  });

  it('keeps the sample readable when the points are too far off to show (a unit mistake)', () => {
    expect(fitTransform(view, 800, 800, bounds, [{ xMm: 140000, yMm: 0 }])).toEqual(
      IDENTITY_TRANSFORM,
    );
  });
});

describe('zoomAbout', () => {
  const view: SampleView = { centerXPx: 400, centerYPx: 400, pxPerMm: 4 };

  it('keeps the sample point under the pointer fixed', () => {
    const at = { xPx: 300, yPx: 250 };
    const t0: StageTransform = { x: -40, y: 10, scale: 1.5 };
    const before = containerPxToSampleMm(view, t0, at);
    const t1 = zoomAbout(t0, at, 4);
    expect(t1.scale).toBe(6);
    const after = containerPxToSampleMm(view, t1, at);
    expect(after.xMm).toBeCloseTo(before.xMm, 12);
    expect(after.yMm).toBeCloseTo(before.yMm, 12);
  });

  it('reaches the issue example: ×2 about (0, 50) from identity gives position (0, −50)', () => {
    expect(zoomAbout({ x: 0, y: 0, scale: 1 }, { xPx: 0, yPx: 50 }, 2)).toEqual({
      x: 0,
      y: -50,
      scale: 2,
    });
  });

  it('clamps the scale', () => {
    expect(zoomAbout({ x: 0, y: 0, scale: 1 }, { xPx: 0, yPx: 0 }, 1e6).scale).toBe(MAX_ZOOM);
    expect(panBy({ x: 1, y: 2, scale: 3 }, 10, -5)).toEqual({ x: 11, y: -3, scale: 3 });
  });
});

describe('bulk and scale converters', () => {
  const view: SampleView = { centerXPx: 300, centerYPx: 200, pxPerMm: 2.5 };

  it('convert arrays and point lists exactly as the single-point converter', () => {
    const pts = [
      { xMm: 0, yMm: 0 },
      { xMm: -149.5, yMm: 12.25 },
      { xMm: 80, yMm: -0.1 },
    ];
    const fromPoints = samplePointsToStagePx(view, pts);
    const fromArrays = sampleMmArraysToStagePx(
      view,
      Float64Array.from(pts, (p) => p.xMm),
      Float64Array.from(pts, (p) => p.yMm),
    );
    pts.forEach((p, i) => {
      const one = sampleMmToStagePx(view, p);
      expect([fromPoints.xPx[i], fromPoints.yPx[i]]).toEqual([one.xPx, one.yPx]);
      expect([fromArrays.xPx[i], fromArrays.yPx[i]]).toEqual([one.xPx, one.yPx]);
    });
  });

  it('gives screen px per mm at a zoom', () => {
    expect(containerPxPerMm(view, { x: 10, y: -4, scale: 4 })).toBe(10);
  });
});
