import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import { polarRingPattern, RING_PRESETS } from './polar';

describe('polarRingPattern', () => {
  const kla = polarRingPattern({ radiusMm: 150, edgeExclusionMm: 3 });

  it('gives 49 sites by default: centre + 8 + 16 + 24, numbered 1..49', () => {
    expect(kla.sites).toHaveLength(49);
    expect(kla.sites.map((s) => s.index)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
    expect(kla.sites[0]).toEqual({ index: 1, xMm: 0, yMm: 0, ring: 0 });
    const perRing = [0, 1, 2, 3].map((k) => kla.sites.filter((s) => s.ring === k).length);
    expect(perRing).toEqual([1, 8, 16, 24]);
  });

  it('puts ring k at k·(R − EE)/K, starting at +Y and running counter-clockwise', () => {
    // Hand values: 49·(cos 135°, sin 135°); 98·(cos 112.5°, sin 112.5°); 147·(cos 105°, sin 105°).
    const expected: Array<[number, number, number]> = [
      [2, 0, 49],
      [3, -34.648, 34.648],
      [10, 0, 98],
      [11, -37.503, 90.54],
      [26, 0, 147],
      [27, -38.047, 141.991],
    ];
    for (const [index, x, y] of expected) {
      const site = kla.sites[index - 1];
      expect(Math.abs((site?.xMm ?? Number.NaN) - x), `site ${index} x`).toBeLessThan(0.01);
      expect(Math.abs((site?.yMm ?? Number.NaN) - y), `site ${index} y`).toBeLessThan(0.01);
    }
  });

  it('matches every site of wafer Slot01 in the real KLA-F5x export within 0.01 mm', () => {
    const file = klaWafer('Slot01').sites;
    expect(file).toHaveLength(49);
    expect(file[1]).toMatchObject({ site: 2, xMm: -0.0001, yMm: 49 });
    for (const row of file) {
      const site = kla.sites[row.site - 1];
      expect(site?.index).toBe(row.site);
      expect(Math.abs((site?.xMm ?? Number.NaN) - row.xMm), `site ${row.site} x`).toBeLessThan(
        0.01,
      );
      expect(Math.abs((site?.yMm ?? Number.NaN) - row.yMm), `site ${row.site} y`).toBeLessThan(
        0.01,
      );
    }
  });

  it('puts sites on the axes exactly (no binary noise, no −0)', () => {
    expect(kla.sites[1]).toEqual({ index: 2, xMm: 0, yMm: 49, ring: 1 });
    expect(Object.is(kla.sites[3]?.yMm, 0)).toBe(true);
    expect(kla.sites[3]?.xMm).toBe(-49);
  });

  it('rejects impossible geometry', () => {
    expect(() => polarRingPattern({ radiusMm: 0, edgeExclusionMm: 0 })).toThrow(RangeError);
    expect(() => polarRingPattern({ radiusMm: 50, edgeExclusionMm: 50 })).toThrow(RangeError);
    expect(() => polarRingPattern({ radiusMm: 50, edgeExclusionMm: -1 })).toThrow(RangeError);
    expect(() =>
      polarRingPattern({ radiusMm: 50, edgeExclusionMm: 3, ringCounts: [8, 0] }),
    ).toThrow(RangeError);
    expect(() => polarRingPattern({ radiusMm: 50, edgeExclusionMm: 3, ringCounts: [2.5] })).toThrow(
      RangeError,
    );
  });
});

describe('RING_PRESETS', () => {
  it('offers the 5, 9, 13, 17, 21, 25 and 49-site layouts with the conventional ring counts', () => {
    expect(RING_PRESETS.map((p) => [p.id, p.ringCounts])).toEqual([
      ['polar-5', [4]],
      ['polar-9', [8]],
      ['polar-13', [4, 8]],
      ['polar-17', [8, 8]],
      ['polar-21', [8, 12]],
      ['polar-25', [8, 16]],
      ['polar-49', [8, 16, 24]],
    ]);
  });

  it.each(RING_PRESETS.map((p) => [p.id, p] as const))(
    '%s has as many sites as it says',
    (id, p) => {
      const pattern = polarRingPattern({
        radiusMm: 100,
        edgeExclusionMm: 5,
        ringCounts: p.ringCounts,
      });
      expect(pattern.sites).toHaveLength(Number(id.split('-')[1]));
      // The outermost ring lies on the edge-exclusion line, R − EE = 95 mm.
      const outer = Math.max(...pattern.sites.map((s) => Math.hypot(s.xMm, s.yMm)));
      expect(Math.abs(outer - 95)).toBeLessThan(1e-9); // coordinates are rounded to 1e-9 mm
    },
  );

  it('puts the 21-site layout’s 8 inner sites at (R − EE)/2, 45° apart, and 12 outer ones 30° apart', () => {
    const p = polarRingPattern({ radiusMm: 150, edgeExclusionMm: 3, ringCounts: [8, 12] });
    expect(p.sites).toHaveLength(21);
    for (const s of p.sites.filter((site) => site.ring === 1)) {
      expect(Math.hypot(s.xMm, s.yMm)).toBeCloseTo(73.5, 9);
    }
    // Ring 2 starts at +Y (0, 147), then 30° on: 147·(cos 120°, sin 120°).
    const [first, second] = p.sites.filter((s) => s.ring === 2);
    expect([first?.xMm, first?.yMm]).toEqual([0, 147]);
    expect(second?.xMm).toBeCloseTo(-73.5, 9);
    expect(second?.yMm).toBeCloseTo(147 * Math.sin((2 * Math.PI) / 3), 9);
  });

  it('spaces two rings at (R − EE)/2 and R − EE: the 13-site layout on a 200 mm wafer, EE 10', () => {
    const p = polarRingPattern({ radiusMm: 100, edgeExclusionMm: 10, ringCounts: [4, 8] });
    // Ring 1 starts at +Y: (0, 45), then (−45, 0); ring 2 starts at (0, 90), then 90·(cos 135°, sin 135°).
    expect(p.sites.slice(1, 3).map((s) => [s.xMm, s.yMm])).toEqual([
      [0, 45],
      [-45, 0],
    ]);
    expect(p.sites[5]).toMatchObject({ index: 6, xMm: 0, yMm: 90, ring: 2 });
    expect(p.sites[6]?.xMm).toBeCloseTo(-45 * Math.SQRT2, 9);
    expect(p.sites[6]?.yMm).toBeCloseTo(45 * Math.SQRT2, 9);
  });
});
