import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brokenCharacter,
  brokenCharacterInValue,
  firstLoneSurrogate,
  shortTextProblem,
} from './textLimits';

describe('firstLoneSurrogate', () => {
  it('finds a lone high or low surrogate at its 1-based character position', () => {
    expect(firstLoneSurrogate('thick\ud800ness')).toEqual({ codePoint: 'U+D800', position: 6 });
    expect(firstLoneSurrogate('\udc00')).toEqual({ codePoint: 'U+DC00', position: 1 });
    // An emoji before it is one character, not two UTF-16 units.
    expect(firstLoneSurrogate('😀x\udbff')).toEqual({ codePoint: 'U+DBFF', position: 3 });
    expect(firstLoneSurrogate('😀 Å µm')).toBeNull();
  });

  it('finds exactly the strings that UTF-8 encoding would alter', () => {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        const altered = decoder.decode(encoder.encode(text)) !== text;
        expect(firstLoneSurrogate(text) !== null).toBe(altered);
      }),
    );
  });
});

describe('brokenCharacter and shortTextProblem', () => {
  it('names the field, the code point, the position and what it would become', () => {
    expect(brokenCharacter('The property name', 'thick\ud800ness')).toBe(
      'The property name contains a broken character (lone surrogate U+D800) at position 6; it would be stored as \uFFFD. Retype it.',
    );
    expect(brokenCharacter('The unit', 'nm')).toBeNull();
  });

  it('puts a broken character before the length limit, and passes good text', () => {
    expect(shortTextProblem('The unit', `${'a'.repeat(300)}\ud800`)).toMatch(/broken character/);
    expect(shortTextProblem('The unit', 'a'.repeat(300))).toMatch(/300 characters long/);
    expect(shortTextProblem('The unit', 'Ω/sq')).toBeNull();
  });

  it('finds a broken character in any string or key of a JSON value', () => {
    expect(brokenCharacterInValue('The metadata', { a: [1, { b: 'x\udfff' }] })).toMatch(
      /^The metadata "a" "b" contains a broken character \(lone surrogate U\+DFFF\) at position 2/,
    );
    expect(brokenCharacterInValue('The metadata', { 'k\ud801': 1 })).toMatch(
      /^The metadata key "k\ud801" contains/,
    );
    expect(brokenCharacterInValue('The metadata', { a: ['ok', 2, null] })).toBeNull();
  });
});
