import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import { ringRadiiOf } from './rings';

describe('ringRadiiOf', () => {
  it('finds the centre and the 3 rings of the KLA 49-site pattern', () => {
    const sites = klaWafer('Slot01').sites;
    const radii = ringRadiiOf(sites);
    expect(radii).toHaveLength(4);
    [0, 49, 98, 147].forEach((r, i) => {
      expect(Math.abs((radii[i] ?? Number.NaN) - r)).toBeLessThan(0.01);
    });
  });

  it('groups radii within the tolerance and averages them', () => {
    const at = (r: number) => ({ xMm: r, yMm: 0 });
    expect(ringRadiiOf([at(10), at(10.4), at(20), at(0.2)], 1)).toEqual([0.2, 10.2, 20]);
    expect(ringRadiiOf([at(10), at(10.4)], 0.3)).toEqual([10, 10.4]);
  });

  it('ignores non-finite sites and returns [] for none', () => {
    expect(ringRadiiOf([])).toEqual([]);
    expect(ringRadiiOf([{ xMm: Number.NaN, yMm: 1 }])).toEqual([]);
  });
});
