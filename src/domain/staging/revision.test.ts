import { describe, expect, it } from 'vitest';
import { compareRevisions, laterOptional, observe, tick } from './revision';

describe('revisions', () => {
  it('orders by clock value, then by tab id', () => {
    expect(compareRevisions([1, 'b'], [2, 'a'])).toBe(-1);
    expect(compareRevisions([2, 'a'], [2, 'b'])).toBe(-1);
    expect(compareRevisions([2, 'b'], [2, 'b'])).toBe(0);
    expect(laterOptional(undefined, [1, 'a'])).toEqual([1, 'a']);
  });

  it('ticks with the wall clock, but always above what the tab wrote or saw', () => {
    const [c1, r1] = tick({ tab: 't', lastN: 0 }, 1000.7);
    expect(r1).toEqual([1000, 't']);
    // The wall clock went back (or two changes in one ms): still later.
    const [, r2] = tick(c1, 900);
    expect(r2).toEqual([1001, 't']);
    // Another tab's change at 5000 was seen: the next change outranks it.
    const [, r3] = tick(observe(c1, 5000), 1200);
    expect(r3).toEqual([5001, 't']);
    expect(observe(c1, 10)).toBe(c1);
  });
});
