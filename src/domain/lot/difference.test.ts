import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import { standardWafer } from '../geometry/outline';
import { computeDifference, type DifferenceSite, rateUnit } from './difference';

const wafer300 = standardWafer(300);
const sitesOf = (waferId: string): DifferenceSite[] =>
  klaWafer(waferId).sites.map((s) => ({
    xMm: s.xMm,
    yMm: s.yMm,
    value: s.thicknessNm,
    site: s.site,
  }));
const ok = (r: ReturnType<typeof computeDifference>) => {
  if (!r.ok) throw new Error(r.message);
  return r.difference;
};

describe('Slot01 − Slot02 of the real KLA-F5x file', () => {
  const a = sitesOf('Slot01');
  const b = sitesOf('Slot02');
  const d = ok(
    computeDifference({
      a: { sites: a, unit: 'nm' },
      b: { sites: b, unit: 'nm' },
      outline: wafer300,
    }),
  );

  it('pairs all 49 sites, site n with site n, with nothing unmatched', () => {
    expect(d.method).toBe('matched-sites');
    expect(d.matched).toHaveLength(49);
    expect(d.matched.every((m) => m.aSite === m.bSite && m.distanceMm <= 1)).toBe(true);
    expect([d.unmatchedA, d.unmatchedB, d.grid, d.notice]).toEqual([[], [], null, null]);
  });

  it('has the exact mean and σ of the 49 differences', () => {
    // The values have 4 decimals: in units of 0.1 pm the sums are exact integers.
    const diffs = a.map((s, i) => Math.round(s.value * 1e4) - Math.round((b[i]?.value ?? 0) * 1e4));
    const meanE4 = diffs.reduce((x, y) => x + y, 0) / 49;
    const sdE4 = Math.sqrt(diffs.reduce((x, v) => x + (v - meanE4) ** 2, 0) / 48);
    expect(d.stats.n).toBe(49);
    expect(d.stats.mean).toBeCloseTo(meanE4 / 1e4, 12);
    expect(d.stats.sd).toBeCloseTo(sdE4 / 1e4, 12);
    // Consistent with the rounded block headers: MEAN 9.7878 (Slot01) − 9.8582 (Slot02).
    expect(d.stats.mean).toBeCloseTo(9.7878 - 9.8582, 3);
    expect(d.unit).toBe('nm');
  });

  it('stores every difference as the exact decimal A − B: no float noise (−0.0935, not −0.09349999999999881)', () => {
    const e4 = (v: number | undefined) => Math.round((v ?? 0) * 1e4);
    for (const m of d.matched) {
      expect(m.value).toBe((e4(m.aValue) - e4(m.bValue)) / 1e4 || 0);
      expect(String(m.value)).toMatch(/^-?\d+(\.\d{1,4})?$/);
    }
    // Without rounding, most of these 49 differences carry binary noise.
    const noisy = d.matched.filter((m) => String(m.aValue - m.bValue).length > 8);
    expect(noisy.length).toBeGreaterThan(10);
  });

  it('turns into a rate: every value divided by the time, unit per minute, NU unchanged', () => {
    const r = ok(
      computeDifference({
        a: { sites: a, unit: 'nm' },
        b: { sites: b, unit: 'nm' },
        outline: wafer300,
        rateMinutes: 4,
      }),
    );
    expect(r.unit).toBe('nm/min');
    expect(r.rateMinutes).toBe(4);
    const e4 = (v: number | undefined) => Math.round((v ?? 0) * 1e4);
    expect(r.matched[5]?.value).toBe((e4(a[5]?.value) - e4(b[5]?.value)) / 4e4);
    expect(r.stats.mean).toBeCloseTo((d.stats.mean ?? 0) / 4, 14);
    expect(r.stats.nonUniformity).toBeCloseTo(d.stats.nonUniformity ?? 0, 10);
  });
});

describe('computeDifference when the sites differ', () => {
  // A plane is reproduced exactly by the thin-plate spline's affine part, so fA − fB is known.
  const plane = (c: number) => (s: { xMm: number; yMm: number }) => ({
    ...s,
    value: c + 0.01 * s.xMm - 0.02 * s.yMm,
  });
  const base = sitesOf('Slot01').map((s) => ({ xMm: s.xMm, yMm: s.yMm }));
  const a = base.map(plane(100));
  const b = [
    ...base.slice(3).map(plane(90)),
    plane(90)({ xMm: base[0]?.xMm ?? 0, yMm: (base[0]?.yMm ?? 0) + 5 }),
  ];

  it('uses the interpolated fields on a common grid, says so, and lists the unmatched sites', () => {
    const d = ok(
      computeDifference({
        a: { sites: a, unit: 'nm' },
        b: { sites: b, unit: 'nm' },
        outline: wafer300,
        resolution: 60,
      }),
    );
    expect(d.method).toBe('interpolated-grid');
    expect(d.matched).toHaveLength(46);
    expect(d.unmatchedA.map((u) => u.index)).toEqual([0, 1, 2]);
    expect(d.unmatchedB.map((u) => u.index)).toEqual([46]);
    expect(d.notice).toContain('3 of A’s 49 sites and 1 of B’s 47 have no partner within 1 mm');
    expect(d.grid?.insideValues.length).toBeGreaterThan(1000);
    expect(d.stats.n).toBe(d.grid?.insideValues.length);
    expect(d.stats.mean).toBeCloseTo(10, 8);
    expect(d.stats.sd).toBeCloseTo(0, 8);
    expect(d.unmatchedA[1]?.interpolatedDifference).toBeCloseTo(10, 8);
    expect(d.unmatchedB[0]?.interpolatedDifference).toBeCloseTo(10, 8);
    expect(d.matchedStats.mean).toBeCloseTo(10, 12);
  });

  it('falls back to the matched sites when a field cannot be built, and says why', () => {
    const d = ok(
      computeDifference({
        a: { sites: a, unit: null },
        b: { sites: b.slice(0, 2), unit: null },
        outline: wafer300,
      }),
    );
    expect(d.method).toBe('matched-sites');
    expect(d.grid).toBeNull();
    expect(d.notice).toContain('the map shows the 2 matched sites only');
  });

  it('refuses different units, a bad time, and samples with nothing in common', () => {
    const r = computeDifference({
      a: { sites: a, unit: 'nm' },
      b: { sites: b, unit: 'Å' },
      outline: wafer300,
    });
    expect(r).toEqual({ ok: false, message: 'A is in nm and B in Å; compare values in one unit.' });
    const t = computeDifference({
      a: { sites: a, unit: 'nm' },
      b: { sites: b, unit: 'nm' },
      outline: wafer300,
      rateMinutes: 0,
    });
    expect(t.ok).toBe(false);
    const far = computeDifference({
      a: { sites: a.slice(0, 2), unit: null },
      b: { sites: [{ xMm: 70, yMm: 70, value: 1 }], unit: null },
      outline: wafer300,
    });
    expect(far.ok ? '' : far.message).toContain('No site of A has a site of B within 1 mm');
  });
});

describe('rateUnit', () => {
  it.each([
    ['nm', 'nm/min'],
    ['Å', 'Å/min'],
    [null, '1/min'],
    ['  ', '1/min'],
    ['Ω/sq', '(Ω/sq)/min'],
    ['mg cm', '(mg cm)/min'],
  ])('%j → %j', (unit, expected) => {
    expect(rateUnit(unit)).toBe(expected);
  });
});
