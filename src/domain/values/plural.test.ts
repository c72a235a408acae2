import { describe, expect, it } from 'vitest';
import { counted, plural } from './plural';

describe('plural and counted', () => {
  it('agree with the number: one for exactly 1, many for 0, 2 and fractions', () => {
    expect(counted(1, 'annotation')).toBe('1 annotation');
    expect(counted(0, 'annotation')).toBe('0 annotations');
    expect(counted(2, 'annotation')).toBe('2 annotations');
    expect(counted(3, 'is', 'are')).toBe('3 are');
    expect(plural(1, 'was', 'were')).toBe('was');
    expect(plural(1.5, 'was', 'were')).toBe('were');
  });
});
