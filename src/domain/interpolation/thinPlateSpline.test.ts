import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import type { SiteValue } from './sites';
import { mergeCoincidentSites } from './sites';
import { createThinPlateSpline, MAX_TPS_SITES } from './thinPlateSpline';

/** The 49 sites of the file's first block (wafer Slot01). */
function readSlot01(): SiteValue[] {
  return klaWafer('Slot01').sites.map((x) => ({ value: x.thicknessNm, xMm: x.xMm, yMm: x.yMm }));
}

/** Deterministic scattered sites in a 150 mm disk: a golden-angle spiral with a bumpy field. */
function spiralSites(n: number): SiteValue[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: n }, (_, i) => {
    const r = 70 * Math.sqrt((i + 0.5) / n);
    const xMm = r * Math.cos(i * golden);
    const yMm = r * Math.sin(i * golden);
    return { xMm, yMm, value: 600 + 20 * Math.sin(xMm / 17) * Math.cos(yMm / 23) + (i % 7) };
  });
}

function expectExactAtSites(sites: SiteValue[]): void {
  const tps = createThinPlateSpline(sites);
  expect(tps.siteCount).toBe(sites.length);
  for (const s of sites) {
    expect(Math.abs(tps.valueAt(s.xMm, s.yMm) - s.value)).toBeLessThanOrEqual(
      1e-6 * Math.abs(s.value),
    );
  }
}

describe('createThinPlateSpline', () => {
  const slot01 = readSlot01();

  it('passes through every KLA Slot01 site', () => {
    expect(slot01).toHaveLength(49);
    expectExactAtSites(slot01);
  });

  it('passes through every site of a scattered deterministic set', () => {
    expectExactAtSites(spiralSites(150));
  });

  it('agrees off the sites with an independent numpy solution of the unscaled system', () => {
    // numpy.linalg.solve on the (n+3)² system in raw mm, φ(r) = r² ln r.
    const tps = createThinPlateSpline(slot01);
    expect(tps.valueAt(0, 24.5)).toBeCloseTo(9.49190538853779, 9);
    expect(tps.valueAt(100, -20)).toBeCloseTo(9.621706208543058, 9);
    expect(tps.valueAt(-120, 60)).toBeCloseTo(9.77266787828107, 9);
    expect(tps.valueAt(10, 140)).toBeCloseTo(9.742629864811272, 9);
  });

  it('reproduces an affine field exactly everywhere', () => {
    const affine = (x: number, y: number) => 2 * x - 3 * y + 5;
    const sites = [
      [0, 0],
      [40, 10],
      [-35, 22],
      [12, -48],
      [-60, -5],
      [70, 66],
      [-20, 90],
      [5, -100],
      [110, -30],
      [-95, -80],
    ].map(([x = 0, y = 0]) => ({ xMm: x, yMm: y, value: affine(x, y) }));
    const tps = createThinPlateSpline(sites);
    for (const [x, y] of [
      [1, 2],
      [-140, 0],
      [33.3, -77.7],
      [100, 100],
      [-50, 120],
    ] as const) {
      expect(Math.abs(tps.valueAt(x, y) - affine(x, y))).toBeLessThanOrEqual(1e-9);
    }
  });

  it('does not depend on the conditioning scale', () => {
    const a = createThinPlateSpline(slot01, { scaleMm: 150 });
    const b = createThinPlateSpline(slot01, { scaleMm: 1000 });
    expect(Math.abs(a.valueAt(-77, 31) - b.valueAt(-77, 31))).toBeLessThanOrEqual(1e-10);
  });

  it('merges coincident sites by averaging', () => {
    const sites = [
      { xMm: 0, yMm: 0, value: 1 },
      { xMm: 0.0004, yMm: 0, value: 3 },
      { xMm: 10, yMm: 0, value: 5 },
      { xMm: 0, yMm: 10, value: 7 },
      { xMm: -8, yMm: -6, value: 2 },
    ];
    const merged = mergeCoincidentSites(sites);
    expect(merged.mergedCount).toBe(1);
    expect(merged.sites[0]).toEqual({ xMm: 0.0002, yMm: 0, value: 2 });
    const tps = createThinPlateSpline(sites);
    expect(tps.siteCount).toBe(4);
    expect(tps.valueAt(0.0002, 0)).toBeCloseTo(2, 9);
  });

  it('refuses too few, collinear, non-finite or too many sites', () => {
    const line = [0, 1, 2, 3, 4].map((i) => ({ xMm: i, yMm: 2 * i, value: i }));
    expect(() => createThinPlateSpline(line.slice(0, 2))).toThrow(/at least 3 distinct sites/);
    expect(() =>
      createThinPlateSpline([...line.slice(0, 2), { xMm: 0, yMm: 0, value: 9 }]),
    ).toThrow(/at least 3 distinct/);
    expect(() => createThinPlateSpline(line)).toThrow(/not all on one line/);
    expect(() => createThinPlateSpline([...line, { xMm: Number.NaN, yMm: 0, value: 1 }])).toThrow(
      /site 6 has a non-finite/,
    );
    expect(() => createThinPlateSpline(slot01, { maxSites: 48 })).toThrow(/limited to 48 sites/);
    expect(() => createThinPlateSpline(spiralSites(MAX_TPS_SITES + 1))).toThrow(
      /limited to 1000 sites \(got 1001\)/,
    );
    expect(() => createThinPlateSpline(line)).toThrow(RangeError);
  });
});
