import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  guessDecimalComma,
  isMissingMarker,
  MISSING_MARKERS,
  readNumber,
  splitCoordinatePair,
} from './numbers';

const point = { decimalComma: false };
const comma = { decimalComma: true };

describe('readNumber reads', () => {
  it.each([
    ['25.1', 25.1],
    [' 25.1 ', 25.1],
    ['+7', 7],
    ['-3.25', -3.25],
    ['\u22123.25', -3.25],
    ['.5', 0.5],
    ['5.', 5],
    ['1e-3', 0.001],
    ['6.02E23', 6.02e23],
    ['007', 7],
    ['-0', 0],
    ['1300.5', 1300.5],
    ['1,320.4', 1320.4],
    ['1,320,000', 1320000],
    ['1 340.3', 1340.3],
    ['1\u00a0340.3', 1340.3],
    ['1\u202f340.3', 1340.3],
    ['12 345 678.9', 12345678.9],
    ['\u22121,320.4', -1320.4],
  ])('%j in decimal-point mode as %s', (text, expected) => {
    expect(readNumber(text, point)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1,5', 1.5],
    ['-3,25', -3.25],
    ['25,1', 25.1],
    ['0', 0],
    ['1.320,4', 1320.4],
    ['1.320.000', 1320000],
    ['1 340,3', 1340.3],
    ['1\u00a0340,3', 1340.3],
    ['1,5E-3', 0.0015],
  ])('%j in decimal-comma mode as %s', (text, expected) => {
    expect(readNumber(text, comma)).toEqual({ ok: true, value: expected });
  });

  it('gives 0, never −0', () => {
    const r = readNumber('-0.000', point);
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });

  it('moves the decimal point for powerOfTen instead of multiplying', () => {
    // 1.001 * 10 is 10.009999999999998 in binary floating point; the shift gives 10.01 exactly.
    expect(1.001 * 10).not.toBe(10.01);
    expect(readNumber('1.001', { decimalComma: false, powerOfTen: 1 })).toEqual({
      ok: true,
      value: 10.01,
    });
    expect(readNumber('-140000', { decimalComma: false, powerOfTen: -3 })).toEqual({
      ok: true,
      value: -140,
    });
    expect(readNumber('1,5e2', { decimalComma: true, powerOfTen: 1 })).toEqual({
      ok: true,
      value: 1500,
    });
  });

  it('reads every finite double written by String() back to itself, in both modes', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const expected = d === 0 ? 0 : d;
        expect(readNumber(String(d), point)).toEqual({ ok: true, value: expected });
        const commaText = String(d).replace('.', ',');
        expect(readNumber(commaText, comma)).toEqual({ ok: true, value: expected });
      }),
    );
  });
});

describe('readNumber reports missing values, never 0', () => {
  const markers = ['', '   ', '\t', 'N/A', 'n/a', 'NA', 'nan', 'NaN', '#REF!', '#N/A', '#VALUE!'];
  it.each([...markers, '-', '--', ' -- ', '#DIV/0!'])('%j', (text) => {
    expect(readNumber(text, point)).toEqual({ ok: false, kind: 'missing' });
    expect(readNumber(text, comma)).toEqual({ ok: false, kind: 'missing' });
    expect(isMissingMarker(text)).toBe(true);
  });

  it('lists the markers in lower case', () => {
    for (const m of MISSING_MARKERS) expect(m).toBe(m.toLowerCase());
  });
});

describe('readNumber flags as invalid, with the raw text', () => {
  it.each([
    ['inf', point],
    ['-Infinity', point],
    ['∞', point],
    ['1,320', point],
    ['1.320', comma],
    ['1,5', point],
    ['1.5', comma],
    ['1 34', point],
    ['1,32,0', point],
    ['1 340,3', point],
    ['1.320,4', point],
    ['1,320.4', comma],
    ['1.2.3', point],
    ['25.1 nm', point],
    ['5%', point],
    ['abc', point],
    ['0x10', point],
    ['+', point],
    ['.', point],
    ['e5', point],
    ['1e', point],
    ['1e999', point],
    ['1e-400', point],
    ['-2.5E-330', point],
    ['1,5e-400', comma],
  ])('%j (decimal comma %o)', (text, options) => {
    const r = readNumber(text, options);
    expect(r).toMatchObject({ ok: false, kind: 'invalid', raw: text });
  });

  it('says why a number too small for a double is refused, and still reads zeros as 0', () => {
    expect(readNumber('1e-400', point)).toMatchObject({
      reason: 'number too small (it would be stored as 0)',
    });
    expect(readNumber('0e-400', point)).toEqual({ ok: true, value: 0 });
    expect(readNumber('0.000', point)).toEqual({ ok: true, value: 0 });
    expect(readNumber('5e-324', point)).toEqual({ ok: true, value: 5e-324 });
  });

  it('says why an ambiguous grouping is refused', () => {
    expect(readNumber('1,320', point)).toMatchObject({
      reason: expect.stringMatching(/ambiguous/),
    });
    expect(readNumber('1,5', point)).toMatchObject({
      reason: expect.stringMatching(/decimal mark "," \?|is the decimal mark ","/),
    });
  });

  it('never returns NaN or an infinity for any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, decimalComma) => {
        const r = readNumber(text, { decimalComma });
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
  });
});

describe('splitCoordinatePair', () => {
  it('splits CompleteEASE (x,y) cells', () => {
    expect(splitCoordinatePair('(0.354,-0.354)')).toEqual({ xText: '0.354', yText: '-0.354' });
    expect(splitCoordinatePair(' ( 1 , 2 ) ')).toEqual({ xText: '1', yText: '2' });
    expect(splitCoordinatePair('(0,354;-0,354)')).toEqual({ xText: '0,354', yText: '-0,354' });
  });

  it('refuses anything else', () => {
    for (const t of ['0.354,-0.354', '(1,2,3)', '(1)', '', 'Average']) {
      expect(splitCoordinatePair(t)).toBeNull();
    }
  });
});

describe('guessDecimalComma', () => {
  it('is on for ; tables whose numbers look like 1,5', () => {
    expect(guessDecimalComma(['1,5', '2,0', '25,1', '0'], ';')).toBe(true);
    expect(guessDecimalComma(['1,5', '2,0'], '\t')).toBe(true);
  });

  it('is off for , tables, and when points dominate', () => {
    expect(guessDecimalComma(['1,5', '2,0'], ',')).toBe(false);
    expect(guessDecimalComma(['1.5', '2.0', '3,5'], ';')).toBe(false);
    expect(guessDecimalComma(['1', '2'], ';')).toBe(false);
  });
});
