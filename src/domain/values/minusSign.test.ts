import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../color/colorBarLabels';
import { formatStored } from './decimalPrecision';
import { formatStat } from './formatStat';
import { formatPercent, MINUS, withMinusSign } from './minusSign';
import { parseTypedNumber } from './parseNumber';

const RUNS = { numRuns: 400 };
const anyValue = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 });

describe('displayed negatives', () => {
  it('every display formatter writes U+2212, never a hyphen, and reads back with parseNumber', () => {
    fc.assert(
      fc.property(anyValue, fc.integer({ min: 0, max: 6 }), (v, decimals) => {
        const texts = [
          formatValue(v),
          formatStat(v, decimals),
          formatStored(v),
          formatPercent(v, decimals).replace(' %', ''),
        ];
        for (const text of texts) {
          expect(text).not.toContain('-');
          if (Number(text.replaceAll(MINUS, '-')) < 0) expect(text.startsWith(MINUS)).toBe(true);
          const read = parseTypedNumber(text);
          expect(read.ok ? Math.sign(read.value) : 'unreadable').toBe(
            Math.sign(Number(text.replaceAll(MINUS, '-'))) || 0,
          );
        }
      }),
      RUNS,
    );
  });

  it('formats the cases the tester saw', () => {
    expect(formatPercent(-186.0871, 3)).toBe('−186.087 %');
    expect(formatPercent(6.0452, 3)).toBe('6.045 %');
    expect(formatPercent(-0.0001, 3)).toBe('0.000 %');
    expect(formatPercent(null, 3)).toBe('—');
    expect(formatValue(-0.2)).toBe('−0.2');
    expect(withMinusSign('2.5e-7')).toBe('2.5e−7');
  });
});
