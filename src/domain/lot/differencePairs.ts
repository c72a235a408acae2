/**
 * The site-level values of a difference map (difference.ts): matched pairs as A − B and unmatched
 * sites against the other sample's field, each divided by the rate time and rounded to the
 * precision the inputs carry (decimalPrecision.ts).
 */
import { isInsideOutline, type SampleOutline } from '../geometry/outline';
import type { Interpolator } from '../interpolation/sites';
import { roundDerived, roundToDecimals } from '../values/decimalPrecision';
import type { DifferenceSite, MatchedDifference, UnmatchedSite } from './difference';
import type { matchSites } from './siteMatching';

/** How derived values are divided and rounded (see decimalPrecision.ts). */
export interface Rounding {
  divisor: number;
  /** Decimals the inputs carry (precisionOf over both samples' values). */
  decimals: number;
  /** Decimals the site positions carry (precisionOf over both samples' x and y). */
  coordDecimals: number;
  minutes: number | null;
}

/** The unmatched sites of one side, each against the other side's interpolated field (A − fB, or fA − B via `sign`), rounded. */
export function unmatched(
  sites: readonly DifferenceSite[],
  indexes: number[],
  other: Interpolator | null,
  sign: 1 | -1,
  rounding: Rounding,
  outline: SampleOutline,
): UnmatchedSite[] {
  const { divisor, decimals, minutes } = rounding;
  return indexes.map((index) => {
    const s = sites[index] as DifferenceSite;
    const usable =
      other !== null && Number.isFinite(s.xMm + s.yMm + s.value) && isInsideOutline(outline, s);
    const interpolated = usable
      ? roundDerived((sign * (s.value - other.valueAt(s.xMm, s.yMm))) / divisor, decimals, minutes)
      : null;
    return {
      index,
      xMm: s.xMm,
      yMm: s.yMm,
      value: s.value,
      site: s.site ?? null,
      interpolatedDifference: interpolated,
    };
  });
}

/** The matched pairs as differences, (A − B) / divisor rounded to the inputs' precision, in A order. */
export function pairDifferences(
  a: readonly DifferenceSite[],
  b: readonly DifferenceSite[],
  pairs: ReturnType<typeof matchSites>['pairs'],
  rounding: Rounding,
): MatchedDifference[] {
  const { divisor, decimals, minutes } = rounding;
  // A midpoint has at most one decimal more than its ends; the distance gets the same.
  const mm = (v: number) => roundToDecimals(v, rounding.coordDecimals + 1);
  return pairs.map((p) => {
    const sa = a[p.aIndex] as DifferenceSite;
    const sb = b[p.bIndex] as DifferenceSite;
    return {
      aIndex: p.aIndex,
      bIndex: p.bIndex,
      xMm: mm((sa.xMm + sb.xMm) / 2),
      yMm: mm((sa.yMm + sb.yMm) / 2),
      aXMm: sa.xMm,
      aYMm: sa.yMm,
      bXMm: sb.xMm,
      bYMm: sb.yMm,
      aValue: sa.value,
      bValue: sb.value,
      value: roundDerived((sa.value - sb.value) / divisor, decimals, minutes),
      distanceMm: mm(p.distanceMm),
      aSite: sa.site ?? null,
      bSite: sb.site ?? null,
    };
  });
}
