import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PointMm } from '../geometry/point';
import { matchSites } from './siteMatching';

const p = (xMm: number, yMm: number): PointMm => ({ xMm, yMm });

/** The same greedy rule by brute force: all pairs, closest first. */
function bruteForce(a: PointMm[], b: PointMm[], tol: number) {
  const all = a.flatMap((pa, i) =>
    b.map((pb, j) => ({
      aIndex: i,
      bIndex: j,
      distanceMm: Math.hypot(pa.xMm - pb.xMm, pa.yMm - pb.yMm),
    })),
  );
  const candidates = all
    .filter((c) => c.distanceMm <= tol)
    .sort((x, y) => x.distanceMm - y.distanceMm || x.aIndex - y.aIndex || x.bIndex - y.bIndex);
  const ua = new Set<number>();
  const ub = new Set<number>();
  const pairs = candidates.filter((c) => {
    if (ua.has(c.aIndex) || ub.has(c.bIndex)) return false;
    ua.add(c.aIndex);
    ub.add(c.bIndex);
    return true;
  });
  return pairs.sort((x, y) => x.aIndex - y.aIndex);
}

describe('matchSites', () => {
  it('gives a contested site to the closer partner and lists the other as unmatched', () => {
    const m = matchSites([p(0, 0), p(0.6, 0)], [p(0.5, 0)], 1);
    expect(m.pairs).toEqual([{ aIndex: 1, bIndex: 0, distanceMm: expect.closeTo(0.1, 12) }]);
    expect([m.unmatchedA, m.unmatchedB]).toEqual([[0], []]);
  });

  it('never uses a site twice; equal distances go to the lower index', () => {
    const m = matchSites([p(0, 0)], [p(0.3, 0), p(-0.3, 0)], 1);
    expect(m.pairs.map((x) => x.bIndex)).toEqual([0]);
    expect(m.unmatchedB).toEqual([1]);
  });

  it('respects the tolerance, including across grid cells and at exactly the tolerance', () => {
    expect(matchSites([p(0.99, 0)], [p(1.01, 0)], 1).pairs).toHaveLength(1);
    expect(matchSites([p(0, 0)], [p(0.9, 0)], 0.5).pairs).toHaveLength(0);
    expect(matchSites([p(0, 0)], [p(0, 1)], 1).pairs).toHaveLength(1);
    expect(matchSites([p(3, 4)], [p(3, 4)], 0).pairs).toHaveLength(1);
  });

  it('never pairs a non-finite position and refuses a bad tolerance', () => {
    const m = matchSites([p(Number.NaN, 0), p(1, 1)], [p(1, 1), p(Number.POSITIVE_INFINITY, 0)]);
    expect(m.pairs).toEqual([{ aIndex: 1, bIndex: 0, distanceMm: 0 }]);
    expect([m.unmatchedA, m.unmatchedB]).toEqual([[0], [1]]);
    expect(() => matchSites([], [], -1)).toThrow(RangeError);
    expect(() => matchSites([], [], Number.NaN)).toThrow(RangeError);
  });

  it('agrees with a brute-force greedy matching on random site sets', () => {
    const coord = fc.double({ min: -5, max: 5, noNaN: true });
    const pts = fc.array(fc.record({ xMm: coord, yMm: coord }), { maxLength: 25 });
    fc.assert(
      fc.property(pts, pts, fc.double({ min: 0, max: 3, noNaN: true }), (a, b, tol) => {
        const m = matchSites(a, b, tol);
        expect(m.pairs).toEqual(bruteForce(a, b, tol));
        expect(m.pairs.length + m.unmatchedA.length).toBe(a.length);
        expect(m.pairs.length + m.unmatchedB.length).toBe(b.length);
      }),
    );
  });
});
