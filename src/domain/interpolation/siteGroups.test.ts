import { describe, expect, it } from 'vitest';
import { groupMeans, siteGroups } from './siteGroups';
import { mergeCoincidentSites } from './sites';

describe('siteGroups', () => {
  const points = [
    { xMm: 10, yMm: 0 },
    { xMm: -5, yMm: 5 },
    { xMm: 10.0005, yMm: 0 }, // 0.5 µm from the first: the same site
    { xMm: 10, yMm: 0 },
    { xMm: 10.002, yMm: 0 }, // 2 µm away: another site
  ];

  it('groups repeated passes at one position, in order of first appearance', () => {
    const g = siteGroups(points);
    expect([...g.groupOf]).toEqual([0, 1, 0, 0, 2]);
    expect(g.count).toBe(3);
  });

  it('gives the means the interpolation uses at each site', () => {
    const values = [9.7, 5, 9.8, 9.9, 1];
    const means = groupMeans(siteGroups(points), values);
    expect(means[0]).toBeCloseTo(9.8, 12);
    expect([means[1], means[2]]).toEqual([5, 1]);
    const merged = mergeCoincidentSites(points.map((p, i) => ({ ...p, value: values[i] ?? 0 })));
    expect(merged.sites.map((s) => s.value)).toEqual([...means]);
  });

  it('leaves non-finite values out of a mean and rejects a bad tolerance', () => {
    const g = siteGroups([
      { xMm: 0, yMm: 0 },
      { xMm: 0, yMm: 0 },
    ]);
    expect([...groupMeans(g, [Number.NaN, 4])]).toEqual([4]);
    expect(() => siteGroups([], -1)).toThrow(RangeError);
  });
});
