import { describe, expect, it } from 'vitest';
import { nearestWithinPx } from './nearest';

describe('nearestWithinPx', () => {
  const xs = [10, 20, 30];
  const ys = [10, 10, 10];

  it('returns the nearest point inside the radius', () => {
    expect(nearestWithinPx(xs, ys, { xPx: 18, yPx: 12 }, 9)).toBe(1);
    expect(nearestWithinPx(xs, ys, { xPx: 26, yPx: 10 }, 9)).toBe(2);
  });

  it('returns -1 when nothing is within the radius (the boundary counts as a hit)', () => {
    expect(nearestWithinPx(xs, ys, { xPx: 50, yPx: 10 }, 9)).toBe(-1);
    expect(nearestWithinPx(xs, ys, { xPx: 39, yPx: 10 }, 9)).toBe(2);
    expect(nearestWithinPx([], [], { xPx: 0, yPx: 0 }, 9)).toBe(-1);
  });
});
