import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PointMm } from '../geometry/point';
import {
  calibrationFromTwoPoints,
  type StageCalibration,
  StageCalibrationSchema,
  sampleToStageMm,
  stageToSampleMm,
} from './calibration';

const cal = (o: Partial<StageCalibration>): StageCalibration => ({
  offsetXMm: 0,
  offsetYMm: 0,
  rotationDeg: 0,
  flipY: false,
  ...o,
});

const CALIBRATIONS: StageCalibration[] = [
  cal({}),
  cal({ rotationDeg: 90, offsetXMm: 100, offsetYMm: 50 }),
  cal({ rotationDeg: 33.7, offsetXMm: -12.5, offsetYMm: 240.25 }),
  cal({ rotationDeg: -120, offsetXMm: 5, offsetYMm: -7, flipY: true }),
  cal({ rotationDeg: 180, offsetXMm: 150, offsetYMm: 150, flipY: true }),
  cal({ rotationDeg: 359.9, offsetXMm: 0.001, offsetYMm: 1e3, flipY: false }),
];

const mm = fc.double({ min: -200, max: 200, noNaN: true });
const aPoint = fc.record({ xMm: mm, yMm: mm });

/** Smallest angle between two directions, degrees. */
const angleGap = (a: number, b: number) => Math.abs(((((a - b) % 360) + 540) % 360) - 180);

describe('sampleToStageMm', () => {
  it('rotation 90°, offset (100, 50): sample (10, 0) → stage (100, 60)', () => {
    const c = cal({ rotationDeg: 90, offsetXMm: 100, offsetYMm: 50 });
    expect(sampleToStageMm(c, { xMm: 10, yMm: 0 })).toEqual({ xMm: 100, yMm: 60 });
    expect(stageToSampleMm(c, { xMm: 100, yMm: 60 })).toEqual({ xMm: 10, yMm: 0 });
  });

  it('flips y before rotating', () => {
    // F(3, 4) = (3, −4); R(90°)(3, −4) = (4, 3).
    expect(sampleToStageMm(cal({ flipY: true }), { xMm: 3, yMm: 4 })).toEqual({ xMm: 3, yMm: -4 });
    expect(sampleToStageMm(cal({ flipY: true, rotationDeg: 90 }), { xMm: 3, yMm: 4 })).toEqual({
      xMm: 4,
      yMm: 3,
    });
  });

  it('rotates by a general angle: 30° takes (2, 0) to (√3, 1)', () => {
    const p = sampleToStageMm(cal({ rotationDeg: 30 }), { xMm: 2, yMm: 0 });
    expect(p.xMm).toBeCloseTo(Math.sqrt(3), 12);
    expect(p.yMm).toBeCloseTo(1, 12);
  });

  it.each(CALIBRATIONS.map((c) => [JSON.stringify(c), c] as const))(
    'round-trips sample → stage → sample within 1e-9 mm: %s',
    (_, c) => {
      fc.assert(
        fc.property(aPoint, (p: PointMm) => {
          const back = stageToSampleMm(c, sampleToStageMm(c, p));
          return Math.abs(back.xMm - p.xMm) < 1e-9 && Math.abs(back.yMm - p.yMm) < 1e-9;
        }),
        { numRuns: 500 },
      );
    },
  );
});

describe('calibrationFromTwoPoints', () => {
  const marks = (c: StageCalibration, a: PointMm, b: PointMm) =>
    [
      { sample: a, stage: sampleToStageMm(c, a) },
      { sample: b, stage: sampleToStageMm(c, b) },
    ] as const;

  it.each(CALIBRATIONS.map((c) => [JSON.stringify(c), c] as const))(
    'recovers a known calibration within 1e-9: %s',
    (_, c) => {
      const [a, b] = marks(c, { xMm: -40, yMm: 12.5 }, { xMm: 65, yMm: -80 });
      const result = calibrationFromTwoPoints(a, b, c.flipY);
      if (!result.ok) throw new Error(result.message);
      expect(angleGap(result.calibration.rotationDeg, c.rotationDeg)).toBeLessThan(1e-9);
      expect(result.calibration.rotationDeg).toBeGreaterThan(-180);
      expect(result.calibration.rotationDeg).toBeLessThanOrEqual(180);
      expect(Math.abs(result.calibration.offsetXMm - c.offsetXMm)).toBeLessThan(1e-9);
      expect(Math.abs(result.calibration.offsetYMm - c.offsetYMm)).toBeLessThan(1e-9);
      expect(result.calibration.flipY).toBe(c.flipY);
      expect(result.scaleError).toBeLessThan(1e-12);
    },
  );

  it('reports the scale error and splits the misfit between the marks', () => {
    // Sample marks 100 mm apart along x, stage marks 102 mm apart: 2 % off.
    const result = calibrationFromTwoPoints(
      { sample: { xMm: -50, yMm: 0 }, stage: { xMm: 9, yMm: 20 } },
      { sample: { xMm: 50, yMm: 0 }, stage: { xMm: 111, yMm: 20 } },
      false,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scaleError).toBeCloseTo(0.02, 12);
    expect(result.calibration).toEqual({
      offsetXMm: 60,
      offsetYMm: 20,
      rotationDeg: 0,
      flipY: false,
    });
  });

  it('refuses marks closer than 1 mm on the sample, and identical stage positions', () => {
    const near = calibrationFromTwoPoints(
      { sample: { xMm: 0, yMm: 0 }, stage: { xMm: 0, yMm: 0 } },
      { sample: { xMm: 0.6, yMm: 0.6 }, stage: { xMm: 10, yMm: 0 } },
      false,
    );
    expect(near).toEqual({
      ok: false,
      message: 'the two marks are 0.849 mm apart on the sample; pick marks at least 1 mm apart',
    });
    const same = calibrationFromTwoPoints(
      { sample: { xMm: 0, yMm: 0 }, stage: { xMm: 5, yMm: 5 } },
      { sample: { xMm: 10, yMm: 0 }, stage: { xMm: 5, yMm: 5 } },
      false,
    );
    expect(same.ok).toBe(false);
    const nan = calibrationFromTwoPoints(
      { sample: { xMm: Number.NaN, yMm: 0 }, stage: { xMm: 5, yMm: 5 } },
      { sample: { xMm: 10, yMm: 0 }, stage: { xMm: 15, yMm: 5 } },
      false,
    );
    expect(nan.ok).toBe(false);
  });
});

describe('StageCalibrationSchema', () => {
  it('accepts a calibration and rejects missing or non-finite fields', () => {
    const c = cal({ rotationDeg: 12, offsetXMm: 3, flipY: true });
    expect(StageCalibrationSchema.parse(c)).toEqual(c);
    expect(StageCalibrationSchema.safeParse({ ...c, flipY: 'yes' }).success).toBe(false);
    expect(StageCalibrationSchema.safeParse({ ...c, offsetXMm: Infinity }).success).toBe(false);
    expect(StageCalibrationSchema.safeParse({ offsetXMm: 1 }).success).toBe(false);
  });
});
