import { describe, expect, it } from 'vitest';
import { applyNamePattern, normaliseSampleName, parseNamePattern } from './namePattern';

const fields = { waferId: 'Slot07', lot: 'Native oxide', slot: '7', file: 'run1', index: 7 };

describe('applyNamePattern', () => {
  it('fills placeholders, pads slot and index to a width', () => {
    expect(applyNamePattern('{lot}-{slot:2}', fields)).toEqual({
      ok: true,
      name: 'Native oxide-07',
    });
    expect(applyNamePattern('{wafer_id}', fields)).toEqual({ ok: true, name: 'Slot07' });
    expect(applyNamePattern('{file} #{index:3}', fields)).toEqual({ ok: true, name: 'run1 #007' });
    expect(applyNamePattern('{{{slot}}}', fields)).toEqual({ ok: true, name: '{7}' });
    expect(applyNamePattern('{ SLOT : 3 }', fields)).toEqual({ ok: true, name: '007' });
  });

  it('uses a non-numeric slot as written and tidies whitespace', () => {
    expect(applyNamePattern('{slot:3}', { ...fields, slot: 'A3' })).toEqual({
      ok: true,
      name: 'A3',
    });
    expect(applyNamePattern('  {lot}   {slot} ', fields)).toEqual({
      ok: true,
      name: 'Native oxide 7',
    });
  });

  it('says which field a wafer lacks', () => {
    expect(applyNamePattern('{lot}-{slot}', { ...fields, lot: null })).toEqual({
      ok: false,
      message: 'No lot for this wafer.',
    });
    expect(applyNamePattern('{slot}', { ...fields, slot: '  ' })).toMatchObject({ ok: false });
  });

  it('refuses names that are too long', () => {
    const long = applyNamePattern('{wafer_id}', { ...fields, waferId: 'x'.repeat(201) });
    expect(long).toMatchObject({ ok: false });
  });
});

describe('parseNamePattern', () => {
  it.each([
    ['', 'Type a name pattern.'],
    ['{lott}', '{lott} is not a placeholder'],
    ['{lot:2}', '{lot} takes no width.'],
    ['{slot:0}', 'must be 1 to 9'],
    ['{slot', 'is not closed'],
    ['slot}', 'has no “{”'],
    ['fixed name', 'at least one placeholder'],
  ])('refuses %j', (pattern, message) => {
    const r = parseNamePattern(pattern);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(message);
  });
});

describe('normaliseSampleName', () => {
  it('ignores case, separators and leading zeros, but not digits', () => {
    expect(normaliseSampleName('Slot 07')).toBe('slot7');
    expect(normaliseSampleName('SLOT_7')).toBe('slot7');
    expect(normaliseSampleName('slot-0')).toBe('slot0');
    expect(normaliseSampleName('W1')).not.toBe(normaliseSampleName('W10'));
    expect(normaliseSampleName('Ｗ１')).toBe('w1');
  });
});
