import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findLoneSurrogates,
  hasMoreCodePointsThan,
  loneSurrogateIn,
  utf8ByteLength,
} from './textRules';

describe('hasMoreCodePointsThan', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(hasMoreCodePointsThan('😀'.repeat(3), 3)).toBe(false);
    expect(hasMoreCodePointsThan('😀'.repeat(4), 3)).toBe(true);
    expect(hasMoreCodePointsThan('abc', 3)).toBe(false);
    expect(hasMoreCodePointsThan('abcd', 3)).toBe(true);
  });

  it('agrees with spreading the string into code points, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(30), (text, max) => {
        expect(hasMoreCodePointsThan(text, max)).toBe([...text].length > max);
      }),
    );
  });
});

describe('utf8ByteLength', () => {
  it('equals the length TextEncoder writes, for any string (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 6 }), (units) => {
        const text = String.fromCharCode(...units);
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});

describe('lone surrogates', () => {
  it('finds the first lone half and accepts pairs', () => {
    expect(loneSurrogateIn('a\ud800b')).toBe('U+D800');
    expect(loneSurrogateIn('\ude00\ud83d')).toBe('U+DE00');
    expect(loneSurrogateIn('😀 ok')).toBeNull();
  });

  it('locates every bad value and key in nested JSON, keys as [..., key, "[key]"]', () => {
    const value = { ok: ['x', { 'k\udc00': 'v\ud800' }], 'top\ud800': 1, fine: '😀' };
    expect(findLoneSurrogates(value, ['body']).map((p) => p.loc)).toEqual([
      ['body', 'ok', 1, 'k\udc00', '[key]'],
      ['body', 'ok', 1, 'k\udc00'],
      ['body', 'top\ud800', '[key]'],
    ]);
  });
});
