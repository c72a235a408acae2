/**
 * Per-sample stage calibration: where the sample sits on a measurement tool's stage.
 * stage = R(θ) · F · sample + (x0, y0), all in mm, where F = diag(1, −1) when `flipY` (the tool's
 * y axis points the other way, e.g. a sample measured face down) and R(θ) rotates
 * counter-clockwise by θ degrees. Used to read and write `stage_absolute` coordinates.
 */
import { z } from 'zod';
import type { PointMm } from '../geometry/point';

export interface StageCalibration {
  /** Stage position of the sample centre, mm. */
  offsetXMm: number;
  offsetYMm: number;
  /** Rotation of the sample on the stage, degrees counter-clockwise. */
  rotationDeg: number;
  /** Mirror the sample y axis before rotating. */
  flipY: boolean;
}

/** zod schema of a stored calibration (localStorage). */
export const StageCalibrationSchema: z.ZodType<StageCalibration> = z.object({
  offsetXMm: z.number(),
  offsetYMm: z.number(),
  rotationDeg: z.number(),
  flipY: z.boolean(),
});

export const IDENTITY_CALIBRATION: StageCalibration = {
  offsetXMm: 0,
  offsetYMm: 0,
  rotationDeg: 0,
  flipY: false,
};

/** Two marks must be at least this far apart on the sample for a usable angle, mm. */
export const MIN_MARK_SEPARATION_MM = 1;

/** cos and sin of an angle in degrees, exact at multiples of 90° (cos 90° is 0, not 6e-17). */
function cosSinDeg(deg: number): [number, number] {
  const turn = ((deg % 360) + 360) % 360;
  if (turn === 0) return [1, 0];
  if (turn === 90) return [0, 1];
  if (turn === 180) return [-1, 0];
  if (turn === 270) return [0, -1];
  const rad = (deg * Math.PI) / 180;
  return [Math.cos(rad), Math.sin(rad)];
}

/** Sample mm → stage mm: stage = R(θ)·F·sample + offset (see the module comment). */
export function sampleToStageMm(cal: StageCalibration, p: PointMm): PointMm {
  const [c, s] = cosSinDeg(cal.rotationDeg);
  const x = p.xMm;
  const y = cal.flipY ? -p.yMm : p.yMm;
  return { xMm: c * x - s * y + cal.offsetXMm, yMm: s * x + c * y + cal.offsetYMm };
}

/** Stage mm → sample mm: sample = F·R(−θ)·(stage − offset), the exact inverse of `sampleToStageMm`. */
export function stageToSampleMm(cal: StageCalibration, p: PointMm): PointMm {
  const [c, s] = cosSinDeg(cal.rotationDeg);
  const dx = p.xMm - cal.offsetXMm;
  const dy = p.yMm - cal.offsetYMm;
  const y = -s * dx + c * dy;
  return { xMm: c * dx + s * dy, yMm: cal.flipY ? -y : y };
}

/** A mark seen on the map (sample mm) and its position read off the stage (stage mm). */
export interface CalibrationMark {
  sample: PointMm;
  stage: PointMm;
}

export type CalibrationResult =
  | { ok: true; calibration: StageCalibration; scaleError: number }
  | { ok: false; message: string };

const finitePoint = (p: PointMm): boolean => Number.isFinite(p.xMm) && Number.isFinite(p.yMm);

/**
 * Rigid calibration (rotation + offset, no scaling) from two marks: θ turns the sample vector
 * a→b (after the flip) onto the stage vector a→b, and the offset maps the marks' midpoint onto
 * the stages' midpoint, which is the least-squares rigid fit of two point pairs. θ is returned in
 * (−180°, 180°]. `scaleError` = |stage distance − sample distance| / sample distance; above 0.01
 * the marks or the units are probably wrong. Refuses (ok: false) non-finite input, marks less
 * than MIN_MARK_SEPARATION_MM apart on the sample, or two identical stage positions.
 */
export function calibrationFromTwoPoints(
  a: CalibrationMark,
  b: CalibrationMark,
  flipY: boolean,
): CalibrationResult {
  if (![a.sample, a.stage, b.sample, b.stage].every(finitePoint)) {
    return { ok: false, message: 'every coordinate must be a finite number' };
  }
  const f = flipY ? -1 : 1;
  const sx = b.sample.xMm - a.sample.xMm;
  const sy = f * (b.sample.yMm - a.sample.yMm);
  const tx = b.stage.xMm - a.stage.xMm;
  const ty = b.stage.yMm - a.stage.yMm;
  const sampleDist = Math.hypot(sx, sy);
  const stageDist = Math.hypot(tx, ty);
  if (sampleDist < MIN_MARK_SEPARATION_MM) {
    return {
      ok: false,
      message: `the two marks are ${sampleDist.toFixed(3)} mm apart on the sample; pick marks at least ${MIN_MARK_SEPARATION_MM} mm apart`,
    };
  }
  if (stageDist === 0) {
    return { ok: false, message: 'the two stage positions are the same' };
  }
  let rotationDeg = ((Math.atan2(ty, tx) - Math.atan2(sy, sx)) * 180) / Math.PI;
  if (rotationDeg <= -180) rotationDeg += 360;
  if (rotationDeg > 180) rotationDeg -= 360;
  const mid = (p: PointMm, q: PointMm): PointMm => ({
    xMm: (p.xMm + q.xMm) / 2,
    yMm: (p.yMm + q.yMm) / 2,
  });
  const rotated = sampleToStageMm(
    { offsetXMm: 0, offsetYMm: 0, rotationDeg, flipY },
    mid(a.sample, b.sample),
  );
  const stageMid = mid(a.stage, b.stage);
  return {
    ok: true,
    calibration: {
      offsetXMm: stageMid.xMm - rotated.xMm,
      offsetYMm: stageMid.yMm - rotated.yMm,
      rotationDeg,
      flipY,
    },
    scaleError: Math.abs(stageDist - sampleDist) / sampleDist,
  };
}
