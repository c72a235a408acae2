import { describe, expect, it } from 'vitest';
import { createInverseDistance } from './inverseDistance';

describe('createInverseDistance', () => {
  const pair = [
    { xMm: 0, yMm: 0, value: 1 },
    { xMm: 2, yMm: 0, value: 3 },
  ];

  it('gives the mean halfway between two sites', () => {
    expect(createInverseDistance(pair).valueAt(1, 0)).toBe(2);
  });

  it('returns the site value at a site', () => {
    const idw = createInverseDistance(pair);
    expect(idw.valueAt(0, 0)).toBe(1);
    expect(idw.valueAt(2, 0)).toBe(3);
    expect(idw.valueAt(2 + 1e-13, 0)).toBe(3);
  });

  it('weights by 1/d^power (hand-computed)', () => {
    const sites = [
      { xMm: 0, yMm: 0, value: 0 },
      { xMm: 3, yMm: 0, value: 3 },
    ];
    // At x = 1: d = 1 and 2. Power 2: (0·1 + 3·¼) / (1 + ¼) = 0.6. Power 1: (3·½) / 1.5 = 1.
    expect(createInverseDistance(sites).valueAt(1, 0)).toBeCloseTo(0.6, 15);
    expect(createInverseDistance(sites, { power: 1 }).valueAt(1, 0)).toBeCloseTo(1, 15);
  });

  it('averages coincident sites at their position', () => {
    const idw = createInverseDistance([...pair, { xMm: 0, yMm: 0, value: 5 }]);
    expect(idw.valueAt(0, 0)).toBe(3);
  });

  it('refuses no sites, non-finite sites and a bad power', () => {
    expect(() => createInverseDistance([])).toThrow(RangeError);
    expect(() => createInverseDistance([{ xMm: 0, yMm: Number.NaN, value: 1 }])).toThrow(
      RangeError,
    );
    expect(() => createInverseDistance(pair, { power: 0 })).toThrow(RangeError);
  });
});
