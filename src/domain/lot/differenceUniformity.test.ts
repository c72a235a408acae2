import { describe, expect, it } from 'vitest';
import { NON_UNIFORMITY_DEFINITIONS, summarizeValues } from '../stats/uniformity';
import { differenceUniformity } from './differenceUniformity';

const ids = NON_UNIFORMITY_DEFINITIONS.map((d) => d.id);

describe('differenceUniformity', () => {
  it.each(ids)('keeps NU (%s) of a positive removal as it is', (id) => {
    const stats = summarizeValues([10, 12, 11, 13], id);
    expect(differenceUniformity(stats)).toEqual({ stats, note: null });
  });

  it.each(ids)('gives NU (%s) of a negative difference as that of B − A, positive', (id) => {
    const ab = differenceUniformity(summarizeValues([-10, -12, -11, -13], id));
    const ba = summarizeValues([10, 12, 11, 13], id);
    expect(ab.stats.nonUniformity).toBeCloseTo(ba.nonUniformity ?? Number.NaN, 12);
    expect(ab.stats.nonUniformity).toBeGreaterThan(0);
    expect(ab.stats.pctSd).toBeCloseTo(ba.pctSd ?? Number.NaN, 12);
    expect(ab.stats.mean).toBe(-11.5);
    expect(ab.note).toContain('negative everywhere');
  });

  it.each(ids)('gives no NU (%s) when the difference changes sign, or its mean is 0', (id) => {
    // Slot01 − Slot02-like: mean −0.07, values on both sides of 0 (was −186 %).
    const mixed = differenceUniformity(summarizeValues([-0.21, -0.09, 0.02, 0.05, -0.12], id));
    expect(mixed.stats.nonUniformity).toBeNull();
    expect(mixed.stats.pctSd).toBeNull();
    expect(mixed.stats.sd).not.toBeNull();
    expect(mixed.note).toMatch(/^not defined: the difference changes sign/);
    const zero = differenceUniformity(summarizeValues([0, 0, 0], id));
    expect(zero.stats.nonUniformity).toBeNull();
    expect(zero.note).toBe('not defined: the mean of the difference is 0');
  });

  it('leaves an empty summary alone', () => {
    const empty = summarizeValues([]);
    expect(differenceUniformity(empty)).toEqual({ stats: empty, note: null });
  });
});
