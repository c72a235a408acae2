import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MISSING_MARKERS, readNumber } from './numbers';

const RUNS = { numRuns: 400 };

/** Cell texts made of the characters that matter to a locale-aware number reader. */
const cellish = fc.string({
  unit: fc.constantFrom(...'0123456789.,  \u00a0\u202f\u2212+-eEnNaA/#!'),
  maxLength: 14,
});
const anyCell = fc.oneof(cellish, fc.string({ maxLength: 16 }));
const modes = fc.record({ decimalComma: fc.boolean(), powerOfTen: fc.constantFrom(0, 1, -3) });

describe('readNumber properties', () => {
  it('never returns NaN or an infinity as a value', () => {
    fc.assert(
      fc.property(anyCell, modes, (text, options) => {
        const r = readNumber(text, options);
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never reads a blank cell or a missing marker as a number (so never as 0)', () => {
    const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0'), maxLength: 5 });
    const marker = fc.constantFrom(...MISSING_MARKERS).map((m) => m.toUpperCase());
    fc.assert(
      fc.property(fc.oneof(blank, marker), modes, (text, options) => {
        expect(readNumber(text, options)).toEqual({ ok: false, kind: 'missing' });
      }),
      RUNS,
    );
  });

  it('reads any finite double written by String() exactly (point mode)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const r = readNumber(String(d), { decimalComma: false });
        expect(r).toEqual({ ok: true, value: Object.is(d, -0) ? 0 : d });
      }),
      RUNS,
    );
  });

  it('reads the same number in both locales when written with grouping, never a truncated one', () => {
    // e.g. 1,234,567.89 in point mode and 1.234.567,89 in comma mode.
    const parts = fc.record({
      whole: fc.integer({ min: 1000, max: 999_999_999 }),
      cents: fc.integer({ min: 0, max: 99 }),
      negative: fc.boolean(),
    });
    fc.assert(
      fc.property(parts, ({ whole, cents, negative }) => {
        const grouped = whole.toLocaleString('en-US');
        const frac = String(cents).padStart(2, '0');
        const sign = negative ? '\u2212' : '';
        const expected = (negative ? -1 : 1) * Number(`${whole}.${frac}`);
        expect(readNumber(`${sign}${grouped}.${frac}`, { decimalComma: false })).toEqual({
          ok: true,
          value: expected,
        });
        const comma = `${sign}${grouped.replaceAll(',', '.')},${frac}`;
        expect(readNumber(comma, { decimalComma: true })).toEqual({ ok: true, value: expected });
      }),
      RUNS,
    );
  });
});
