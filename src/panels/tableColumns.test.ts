import { describe, expect, it } from 'vitest';
import { columnWidth, formatTableValue, longestText, numberChars } from './tableColumns';

describe('table columns', () => {
  it('sizes a column to its longest text or its header', () => {
    expect(longestText(['9.5', '104.0123', '-1'])).toBe(8);
    expect(longestText([])).toBe(0);
    expect(columnWidth(8, 'Value', true)).toBe('calc(8ch + 13px)');
    expect(columnWidth(1, 'Value', true)).toBe('calc(7ch + 13px)');
    expect(columnWidth(2, 'Unit')).toBe('calc(4ch + 13px)');
    expect(columnWidth(6, '#', true, 8)).toBe('calc(6ch + 21px)');
    expect(numberChars('-119.25')).toBe(7);
    expect(numberChars('1.2346e+21')).toBe(11);
  });

  it('shows a value as stored when short, shortened with 7 digits or an exponent when not', () => {
    expect(formatTableValue(104.0123)).toBe('104.0123');
    expect(formatTableValue(-119.25)).toBe('-119.25');
    expect(formatTableValue(100000)).toBe('100000');
    expect(formatTableValue(0.1 + 0.2)).toBe('0.3');
    expect(formatTableValue(123.456789012)).toBe('123.4568');
    expect(formatTableValue(-0.000123456789)).toBe('-1.2346e-4');
    expect(formatTableValue(1.23456789e21)).toBe('1.2346e+21');
  });
});
