/**
 * Snapping placed points to a square grid in the sample frame, and the arrow-key nudge step.
 * All values in mm.
 */
import type { PointMm } from '../geometry/point';

/** The snap steps offered, mm; 0 = snap off. */
export const SNAP_STEPS_MM = [0, 0.1, 0.5, 1, 5] as const;
export type SnapStepMm = (typeof SNAP_STEPS_MM)[number];

/** Nudge step when snapping is off, mm (Shift: 10× = 1 mm). */
export const DEFAULT_NUDGE_MM = 0.1;

/** Decimals in the shortest decimal form of `step` (0.1 → 1, 5 → 0, 2.5e-7 → 8). */
function decimalsOf(step: number): number {
  const [mantissa = '', exponent] = String(step).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(100, Math.max(0, fraction - Number(exponent ?? 0)));
}

function assertStep(stepMm: number): void {
  if (!(Number.isFinite(stepMm) && stepMm >= 0)) {
    throw new RangeError(`snap step must be 0 (off) or a positive number of mm, got ${stepMm}`);
  }
}

/**
 * `valueMm` rounded to the nearest multiple of `stepMm`; a decimal halfway value rounds away
 * from zero (round half up on |v|: 0.25 → 0.3, −0.25 → −0.3 at step 0.1), judged on the decimal
 * value, not on its binary approximation. The result carries no binary noise (0.1 × 3 gives 0.3,
 * not 0.30000000000000004) and is never −0. Step 0 = off: the value is returned unchanged.
 * Throws RangeError for a negative or non-finite step.
 */
export function snapMm(valueMm: number, stepMm: number): number {
  assertStep(stepMm);
  if (stepMm === 0 || !Number.isFinite(valueMm)) return valueMm;
  const decimals = decimalsOf(stepMm);
  // 0.25 / 0.1 is 2.4999999999999996 in binary; trimming the quotient to 9 decimals restores
  // the decimal halfway case before rounding.
  const steps = Math.round(Number((Math.abs(valueMm) / stepMm).toFixed(9)));
  const snapped = Number((steps * stepMm).toFixed(decimals));
  return valueMm < 0 ? -snapped + 0 : snapped;
}

/** Both coordinates snapped with `snapMm`; throws like it. */
export function snapPoint(p: PointMm, stepMm: number): PointMm {
  return { xMm: snapMm(p.xMm, stepMm), yMm: snapMm(p.yMm, stepMm) };
}

/**
 * How far one arrow-key press moves the selected point, mm: the snap step, or DEFAULT_NUDGE_MM
 * (0.1 mm) when snap is off; Shift multiplies by 10. A nudge from a snapped point therefore
 * lands on the grid again. Throws RangeError for a negative or non-finite step.
 */
export function nudgeStepMm(stepMm: number, shift: boolean): number {
  assertStep(stepMm);
  const base = stepMm > 0 ? stepMm : DEFAULT_NUDGE_MM;
  return shift ? Number((base * 10).toFixed(Math.max(0, decimalsOf(base) - 1))) : base;
}
