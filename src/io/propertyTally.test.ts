import { describe, expect, it } from 'vitest';
import { PropertyTally } from './propertyTally';

describe('PropertyTally', () => {
  it('keeps one entry per name and unit, in order of first appearance', () => {
    const t = new PropertyTally();
    t.add('thickness', 'nm', 1);
    t.add('thickness', 'Å', 10);
    t.add('thickness', 'nm', 3);
    t.add('gof', null, 0.99);
    expect(t.stats()).toEqual([
      { name: 'thickness', unit: 'nm', n: 2, mean: 2, sd: Math.SQRT2, decimals: 0 },
      { name: 'thickness', unit: 'Å', n: 1, mean: 10, sd: null, decimals: 0 },
      { name: 'gof', unit: null, n: 1, mean: 0.99, sd: null, decimals: 2 },
    ]);
  });
});
