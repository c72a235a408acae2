import { describe, expect, it } from 'vitest';
import { counted, formatCount, plural } from './plural';

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

describe('formatCount', () => {
  it('groups thousands the English way, whatever the locale, and keeps small counts plain', () => {
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(0)).toBe('0');
    expect(counted(100000, 'row')).toBe('100,000 rows');
  });
});
