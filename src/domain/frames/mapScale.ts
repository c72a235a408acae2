/**
 * Scale bar and axis ticks of the map: round lengths (1, 2 or 5 × 10ⁿ mm) chosen for the current
 * zoom, so the bar and the ticks are always readable and their labels short.
 */

/** The largest 1, 2 or 5 × 10ⁿ that is at most `limit` (> 0); NaN for a limit ≤ 0 or not finite. */
export function roundLengthAtMost(limit: number): number {
  if (!(limit > 0) || !Number.isFinite(limit)) return Number.NaN;
  const decade = 10 ** Math.floor(Math.log10(limit));
  // 1 − 1e-9: a limit that is itself round (5.000000001 after float error) stays round.
  for (const m of [5, 2, 1]) if (m * decade <= limit * (1 + 1e-9)) return m * decade;
  return decade;
}

/** A scale bar: its length in sample mm and in screen px. */
export interface ScaleBar {
  lengthMm: number;
  lengthPx: number;
}

/**
 * The scale bar for `pxPerScreenMm` (screen px per sample mm at the current zoom): the longest
 * round length whose bar is at most `maxPx` long. It is then between 40 % and 100 % of `maxPx`
 * (a 1-2-5 series never steps by more than 2.5×).
 */
export function scaleBarFor(pxPerScreenMm: number, maxPx = 120): ScaleBar {
  const lengthMm = roundLengthAtMost(maxPx / pxPerScreenMm);
  return { lengthMm, lengthPx: lengthMm * pxPerScreenMm };
}

/**
 * Axis ticks (sample mm) between `fromMm` and `toMm`: multiples of the smallest round step
 * whose ticks are at least `minGapPx` apart on screen. Returns the step and the ticks, in
 * increasing order; ticks at exactly 0 are +0, never −0.
 */
export function axisTicksMm(
  fromMm: number,
  toMm: number,
  pxPerScreenMm: number,
  minGapPx = 64,
): { stepMm: number; ticksMm: number[] } {
  const lo = Math.min(fromMm, toMm);
  const hi = Math.max(fromMm, toMm);
  const atLeast = minGapPx / pxPerScreenMm;
  // The smallest round step ≥ atLeast: the largest round step ≤ atLeast, stepped up once if short.
  let stepMm = roundLengthAtMost(atLeast);
  if (stepMm < atLeast * (1 - 1e-9)) stepMm = nextRound(stepMm);
  if (!Number.isFinite(stepMm) || !(hi > lo)) return { stepMm, ticksMm: [] };
  const ticksMm: number[] = [];
  for (let k = Math.ceil(lo / stepMm); k * stepMm <= hi; k++) {
    // Multiplying (not adding) keeps 0.1 steps free of accumulated error.
    ticksMm.push(k === 0 ? 0 : Number((k * stepMm).toPrecision(12)));
  }
  return { stepMm, ticksMm };
}

/** The next value of the 1-2-5 series after the round value `v`. */
function nextRound(v: number): number {
  const decade = 10 ** Math.floor(Math.log10(v) + 1e-9);
  const m = Math.round(v / decade);
  return m === 1 ? 2 * decade : m === 2 ? 5 * decade : 10 * decade;
}

/** The label of a scale bar: "50 mm", "0.5 mm"; below 0.1 mm in µm ("20 µm"). */
export function formatLengthMm(mm: number): string {
  if (mm !== 0 && Math.abs(mm) < 0.1) {
    return `${Number((mm * 1000).toPrecision(6))} µm`;
  }
  return `${Number(mm.toPrecision(6))} mm`;
}
