import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from './parseNumber';

describe('parseTypedNumber accepts', () => {
  it.each([
    [' 25.1 ', 25.1],
    ['25.1', 25.1],
    ['\t-3\n', -3],
    ['\u22123.25', -3.25],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-3', 0.001],
    ['6.02E23', 6.02e23],
    ['0', 0],
    ['-0', 0],
  ])('%j as %s', (input, expected) => {
    const r = parseTypedNumber(input);
    expect(r).toEqual({ ok: true, value: expected });
  });
});

describe('parseTypedNumber refuses with a message', () => {
  it.each([
    ['', /Enter a number/],
    ['   ', /Enter a number/],
    ['1,5', /decimal point: type 1\.5/],
    ['-0,25', /type -0\.25/],
    ['NaN', /finite/],
    ['nan', /finite/],
    ['Infinity', /finite/],
    ['-Infinity', /finite/],
    ['1e999', /too large/],
    ['1e-400', /too small to store/],
    ['25.1 nm', /only the number \(25\.1\), without "nm": the field's label gives its unit/],
    ['25.1nm', /without "nm"/],
    ['90°', /only the number \(90\), without "°"/],
    ['1 234', /digit grouping: type 1234/],
    ['1_000', /digit grouping: type 1000/],
    ['1,234', /Is 1,234 1\.234 or 1234\?/],
    ['1,234.5', /digit grouping: type 1234\.5/],
    ['0x10', /not a number/],
    ['abc', /not a number/],
    ['1.2.3', /not a number/],
    ['--1', /not a number/],
  ])('%j', (input, message) => {
    const r = parseTypedNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('names the Unit field only for a value that has one beside it', () => {
    const r = parseTypedNumber('25.1 nm', { unitField: true });
    expect(!r.ok && r.message).toBe(
      'Type only the number (25.1); put the unit "nm" in the Unit field.',
    );
  });
});
