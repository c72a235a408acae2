import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Offset } from './readBody';

const strict = new TextDecoder('utf-8', { fatal: true });
const isValid = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const encode = (t: string) => new TextEncoder().encode(t);
const text = fc.string({ unit: 'grapheme', maxLength: 8 });

describe('firstInvalidUtf8Offset', () => {
  it('names the first byte of a bad sequence', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8Offset(new Uint8Array(bytes));
    expect(at(0x61, 0xff)).toBe(1);
    expect(at(0x61, 0xc0, 0xaf)).toBe(1);
    expect(at(0xe2, 0x82, 0xac, 0xed, 0xa0, 0x80)).toBe(3);
    expect(at(0xf0, 0x9f, 0x98)).toBe(0);
    expect(at(0xf0, 0x9f, 0x98, 0x80)).toBe(-1);
  });

  it('agrees with a fatal TextDecoder on any bytes, and the prefix before it decodes', () => {
    fc.assert(
      // Valid text around random bytes, so both valid and broken multi-byte sequences occur.
      fc.property(text, fc.uint8Array({ maxLength: 6 }), text, (before, noise, after) => {
        const bytes = new Uint8Array([...encode(before), ...noise, ...encode(after)]);
        const offset = firstInvalidUtf8Offset(bytes);
        expect(offset === -1).toBe(isValid(bytes));
        if (offset >= 0) expect(isValid(bytes.subarray(0, offset))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
