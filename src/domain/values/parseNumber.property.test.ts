import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from './parseNumber';

const RUNS = { numRuns: 300 };

/** Every character String.prototype.trim removes (ECMA-262 WhiteSpace and LineTerminator). */
const TRIMMED = [
  ...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
];
/** Characters that look blank but are not whitespace to trim (zero-width and format marks). */
const BLANK_LOOKING = ['\u200b', '\u180e', '\u2060', '\u200c', '\u200d'];

const whitespace = fc.string({ unit: fc.constantFrom(...TRIMMED), maxLength: 4 });

/** Strings built from the characters that matter to a number parser, so many are near-misses. */
const numberish = fc.string({
  unit: fc.constantFrom(...'0123456789..++--eE,, \u2212xXnNaAiIfF∞\t_'),
  maxLength: 12,
});
/** Well-formed numbers with exponents, some far outside the double range (1e400, 1e-400). */
const withExponent = fc.stringMatching(/^[+\-\u2212]?\d{1,3}(\.\d{0,3})?[eE][+-]?\d{1,3}$/);
const anyText = fc.oneof(numberish, withExponent, fc.string({ unit: 'binary', maxLength: 20 }));

describe('parseTypedNumber properties', () => {
  it('never returns NaN, an infinity or -0 as an ok value', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseTypedNumber(input);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(Object.is(result.value, -0)).toBe(false);
        } else expect(result.message.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('never accepts blank or whitespace-only input', () => {
    const blank = fc.string({ unit: fc.constantFrom(...TRIMMED, ...BLANK_LOOKING), maxLength: 8 });
    fc.assert(
      fc.property(blank, (input) => {
        expect(parseTypedNumber(input).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('reads String(d) back as exactly d for every finite double (-0 as 0)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const expected = Object.is(d, -0) ? 0 : d;
        const result = parseTypedNumber(String(d));
        expect(result.ok).toBe(true);
        if (result.ok) expect(Object.is(result.value, expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a typed minus before |d| as -|d| (and -0 as 0)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const magnitude = Math.abs(d);
        expect(parseTypedNumber(`-${magnitude}`)).toEqual({ ok: true, value: -magnitude || 0 });
      }),
      RUNS,
    );
  });

  it('ignores whitespace around the input', () => {
    fc.assert(
      fc.property(whitespace, anyText, whitespace, (before, input, after) => {
        expect(parseTypedNumber(`${before}${input}${after}`)).toEqual(parseTypedNumber(input));
      }),
      RUNS,
    );
  });

  it('reads U+2212 MINUS SIGN exactly as "-"', () => {
    fc.assert(
      fc.property(numberish, (input) => {
        const ascii = parseTypedNumber(input.replaceAll('\u2212', '-'));
        const unicode = parseTypedNumber(input.replaceAll('-', '\u2212'));
        if (ascii.ok || unicode.ok) {
          expect(unicode).toEqual(ascii);
        } else {
          // A refusal may quote the input as typed; apart from that the message is the same.
          expect(unicode.message.replaceAll('\u2212', '-')).toBe(ascii.message);
        }
      }),
      RUNS,
    );
  });
});
