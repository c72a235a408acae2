import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import { type EntryFields, validateEntry } from './entry';

const wafer = standardWafer(150);
const fields = (o: Partial<EntryFields> = {}): EntryFields => ({
  x: '12.5',
  y: '-3',
  property: 'thickness',
  value: ' 25.1 ',
  unit: 'nm',
  source: '',
  ...o,
});

describe('validateEntry', () => {
  it('stages the typed coordinates exactly and trims text', () => {
    const r = validateEntry(
      fields({ x: '0.0006', y: '\u221269.2', property: ' thickness ' }),
      wafer,
    );
    expect(r).toEqual({
      ok: true,
      annotation: {
        xMm: 0.0006,
        yMm: -69.2,
        propertyName: 'thickness',
        propertyValue: 25.1,
        propertyUnit: 'nm',
        charSourceType: null,
        metadata: null,
      },
    });
  });

  it('never stages an empty value as 0', () => {
    const r = validateEntry(fields({ value: '' }), wafer);
    expect(r).toEqual({ ok: false, errors: { value: 'Enter a number.' } });
  });

  it('reports every bad field at once', () => {
    const r = validateEntry(fields({ x: '', y: '1,5', value: '25.1 nm', property: ' ' }), wafer);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['property', 'value', 'x', 'y']);
    expect(r.errors.x).toMatch(/Click the map or type x/);
    expect(r.errors.y).toMatch(/decimal point/);
  });

  it('refuses a point outside the outline (below the flat)', () => {
    const r = validateEntry(fields({ x: '0', y: '-70' }), wafer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.x).toMatch(/outside the sample outline/);
  });
});
