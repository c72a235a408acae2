import { describe, expect, it } from 'vitest';
import { formatCursor, formatMm } from './formatMm';

describe('formatCursor', () => {
  it('prints two decimals and an ASCII minus', () => {
    expect(formatCursor({ xMm: 12.5, yMm: -3 })).toBe('x 12.50 mm, y -3.00 mm');
    expect(formatCursor({ xMm: -0.004, yMm: 149.996 })).toBe('x 0.00 mm, y 150.00 mm');
  });

  it('never prints a negative zero', () => {
    expect(formatMm(-0.001)).toBe('0.00');
    expect(formatMm(-0)).toBe('0.00');
    expect(formatMm(-0.0004, 3)).toBe('0.000');
  });
});
