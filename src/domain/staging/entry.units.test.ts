/** Manual entry writes units as import does, converts only when asked, and checks text limits. */
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import { scaleValue } from '../units/scale';
import { normalizeUnit } from '../units/symbols';
import { MAX_TEXT_CHARS } from '../values/textLimits';
import { conversionKey, type EntryFields, validateEntry } from './entry';

const wafer = standardWafer(150);
const row = (property: string, value: string, unit: string): EntryFields => ({
  x: '1',
  y: '2',
  source: '',
  properties: [{ property, value, unit }],
});
const staged = (f: EntryFields, conversions = new Map()) => {
  const r = validateEntry(f, wafer, null, conversions);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.annotations.map((a) => [a.propertyName, a.propertyValue, a.propertyUnit]);
};

describe('units typed by hand', () => {
  it('are written the way import writes them (normalizeUnit), for every known spelling', () => {
    for (const typed of [
      'A',
      'Å',
      'angstrom',
      ' nm ',
      'um',
      'ohm/sq',
      'ohms/sq',
      'ohm-cm',
      'pct',
    ]) {
      const [[, , unit]] = staged(row('thickness', '5', typed)) as [[string, number, string]];
      expect(unit).toBe(normalizeUnit(typed));
    }
    expect(staged(row('thickness', '5', 'A'))).toEqual([['thickness', 5, 'Å']]);
    expect(staged(row('rs', '5', 'ohm/sq'))).toEqual([['rs', 5, 'Ω/sq']]);
    // An unknown unit is kept as typed (trimmed), a blank one is none.
    expect(staged(row('gof', '0.9', ' a.u. '))).toEqual([['gof', 0.9, 'a.u.']]);
    expect(staged(row('gof', '0.9', ' '))).toEqual([['gof', 0.9, null]]);
  });

  it('keeps values in the typed unit unless the conversion was ticked, then converts as import', () => {
    expect(staged(row('thickness', '1234', 'A'))).toEqual([['thickness', 1234, 'Å']]);
    const toNm = new Map([[conversionKey('thickness', 'A'), { unit: 'nm', factor: 0.1 }]]);
    expect(staged(row(' thickness ', '1234', 'Å'), toNm)).toEqual([
      ['thickness', scaleValue(1234, 0.1), 'nm'],
    ]);
    expect(staged(row('thickness', '1234', 'Å'), toNm)[0]?.[1]).toBe(123.4);
    // Ticked for another name or unit: not applied.
    expect(staged(row('thickness', '5', 'µm'), toNm)).toEqual([['thickness', 5, 'µm']]);
    expect(staged(row('thickness_2', '5', 'Å'), toNm)).toEqual([['thickness_2', 5, 'Å']]);
  });

  it('records the typed unit of a converted value as metadata.source_unit, as import does', () => {
    const toNm = new Map([[conversionKey('thickness', 'A'), { unit: 'nm', factor: 0.1 }]]);
    const metadataOf = (f: EntryFields) => {
      const r = validateEntry(f, wafer, null, toNm);
      return r.ok ? r.annotations.map((a) => a.metadata) : r.errors;
    };
    expect(metadataOf(row('thickness', '98.5', 'A'))).toEqual([{ source_unit: 'Å' }]);
    // Not converted: nothing to record.
    expect(metadataOf(row('thickness', '98.5', 'nm'))).toEqual([null]);
  });
});

describe('text over the server limit', () => {
  const long = (n: number) => 'x'.repeat(n);
  it('is refused at its field (name, unit, source), before staging', () => {
    const f: EntryFields = {
      ...row(long(MAX_TEXT_CHARS + 1), '1', long(MAX_TEXT_CHARS + 5)),
      source: long(MAX_TEXT_CHARS + 2),
    };
    const r = validateEntry(f, wafer);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors['property:0']).toBe(
      `The property name is ${MAX_TEXT_CHARS + 1} characters long; the server stores at most ${MAX_TEXT_CHARS}. Shorten it by 1.`,
    );
    expect(r.errors['unit:0']).toMatch(/^The unit is 260 characters long/);
    expect(r.errors.source).toMatch(/^The source is 257 characters long/);
  });

  it('counts characters as the server does (code points), and the limit itself passes', () => {
    const emoji = '😀'.repeat(MAX_TEXT_CHARS); // 510 UTF-16 units, 255 code points
    expect(validateEntry(row(emoji, '1', long(MAX_TEXT_CHARS)), wafer).ok).toBe(true);
    const r = validateEntry(row(`${emoji}😀`, '1', ''), wafer);
    expect(r.ok ? null : r.errors['property:0']).toMatch(/is 256 characters long/);
  });
});

describe('validateEntry: broken characters', () => {
  it('refuses a lone surrogate in the property name, unit and source at their fields', () => {
    const r = validateEntry(
      {
        x: '0',
        y: '0',
        source: 'ellips\udc00',
        properties: [{ property: 'thick\ud800ness', value: '1', unit: 'n\ud83dm' }],
      },
      standardWafer(150),
    );
    if (r.ok) throw new Error('expected errors');
    expect(r.errors['property:0']).toBe(
      'The property name contains a broken character (lone surrogate U+D800) at position 6; it would be stored as \uFFFD. Retype it.',
    );
    expect(r.errors['unit:0']).toMatch(
      /^The unit contains a broken character \(lone surrogate U\+D83D\) at position 2/,
    );
    expect(r.errors.source).toMatch(
      /^The source contains a broken character \(lone surrogate U\+DC00\)/,
    );
  });
});
