import { describe, expect, it } from 'vitest';
import { classifySpec } from './specLimits';

describe('classifySpec', () => {
  const limits = { lsl: 9.6, usl: 10.2 };

  it('counts the limits themselves as within', () => {
    expect(classifySpec(9.6, limits)).toBe('within');
    expect(classifySpec(10.2, limits)).toBe('within');
    expect(classifySpec(9.9, limits)).toBe('within');
  });

  it('classifies just outside the limits', () => {
    expect(classifySpec(9.5999, limits)).toBe('below');
    expect(classifySpec(10.2001, limits)).toBe('above');
  });

  it('checks only the limits that are given', () => {
    expect(classifySpec(-1e9, { usl: 10 })).toBe('within');
    expect(classifySpec(10.5, { usl: 10 })).toBe('above');
    expect(classifySpec(1e9, { lsl: 10 })).toBe('within');
    expect(classifySpec(9, { lsl: 10 })).toBe('below');
    expect(classifySpec(42, {})).toBe('within');
  });

  it('refuses NaN and crossed limits', () => {
    expect(() => classifySpec(Number.NaN, limits)).toThrow(RangeError);
    expect(() => classifySpec(1, { lsl: 2, usl: 1 })).toThrow(RangeError);
  });
});
