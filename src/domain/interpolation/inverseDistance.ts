/**
 * Inverse-distance weighting (D. Shepard, "A two-dimensional interpolation function for
 * irregularly-spaced data", Proc. 23rd ACM National Conference, 1968):
 *
 *   f(p) = Σᵢ wᵢ·vᵢ / Σᵢ wᵢ,   wᵢ = 1 / |p − pᵢ|^power   (power 2 by default)
 *
 * No system to solve, so it works for any number of sites; the field stays within
 * [min, max] of the values and shows flat spots ("bull's eyes") around each site.
 */
import { assertFiniteSites, type Interpolator, type SiteValue } from './sites';

/** A query this close to a site (mm) returns the site value instead of dividing by ~0. */
export const IDW_COINCIDENCE_MM = 1e-12;

/**
 * Shepard interpolator over the sites (mm, any value unit). At a query within 1e-12 mm of one or
 * more sites it returns their (mean) value exactly. Throws RangeError for no sites, a non-finite
 * site, or a power that is not a positive finite number.
 */
export function createInverseDistance(
  input: readonly SiteValue[],
  options: { power?: number } = {},
): Interpolator {
  assertFiniteSites(input);
  if (input.length === 0) throw new RangeError('inverse-distance weighting needs at least 1 site');
  const power = options.power ?? 2;
  if (!Number.isFinite(power) || power <= 0) {
    throw new RangeError(`the IDW power must be a positive number, got ${power}`);
  }
  const n = input.length;
  const xs = Float64Array.from(input, (s) => s.xMm);
  const ys = Float64Array.from(input, (s) => s.yMm);
  const vs = Float64Array.from(input, (s) => s.value);
  const halfPower = power / 2;
  const coincidence2 = IDW_COINCIDENCE_MM * IDW_COINCIDENCE_MM;

  return {
    method: 'inverse-distance',
    siteCount: n,
    valueAt(xMm, yMm) {
      let weightSum = 0;
      let weightedSum = 0;
      let hitSum = 0;
      let hits = 0;
      for (let i = 0; i < n; i++) {
        const dx = xMm - (xs[i] ?? 0);
        const dy = yMm - (ys[i] ?? 0);
        const d2 = dx * dx + dy * dy;
        const value = vs[i] ?? 0;
        if (d2 <= coincidence2) {
          hitSum += value;
          hits += 1;
          continue;
        }
        // Power 2 needs no pow(): the weight is 1/d².
        const weight = halfPower === 1 ? 1 / d2 : d2 ** -halfPower;
        weightSum += weight;
        weightedSum += weight * value;
      }
      if (hits > 0) return hitSum / hits;
      return weightedSum / weightSum;
    },
  };
}
