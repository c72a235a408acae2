import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import { type EntryFields, validateEntry } from './entry';

const wafer = standardWafer(150);
const fields = (o: Partial<EntryFields> = {}): EntryFields => ({
  x: '12.5',
  y: '-3',
  source: '',
  properties: [{ property: 'thickness', value: ' 25.1 ', unit: 'nm' }],
  ...o,
});

describe('validateEntry', () => {
  it('stages the typed coordinates exactly and trims text', () => {
    const r = validateEntry(
      fields({
        x: '0.0006',
        y: '\u221269.2',
        properties: [{ property: ' thickness ', value: '25.1', unit: 'nm' }],
      }),
      wafer,
    );
    expect(r).toEqual({
      ok: true,
      annotations: [
        {
          xMm: 0.0006,
          yMm: -69.2,
          propertyName: 'thickness',
          propertyValue: 25.1,
          propertyUnit: 'nm',
          charSourceType: null,
          metadata: null,
          site: null,
        },
      ],
    });
  });

  it('stages one annotation per property row at the same point', () => {
    const r = validateEntry(
      fields({
        source: 'F5x',
        properties: [
          { property: 'thickness', value: '9.51', unit: 'nm' },
          { property: 'GOF', value: '0.9916', unit: '' },
        ],
      }),
      wafer,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(
      r.annotations.map((a) => [a.propertyName, a.propertyValue, a.propertyUnit, a.xMm]),
    ).toEqual([
      ['thickness', 9.51, 'nm', 12.5],
      ['GOF', 0.9916, null, 12.5],
    ]);
    expect(r.annotations.every((a) => a.charSourceType === 'F5x')).toBe(true);
  });

  it('uses a pattern site instead of typed coordinates', () => {
    const r = validateEntry(fields({ x: '', y: '' }), wafer, { xMm: -34.648, yMm: 34.648 });
    expect(r.ok && r.annotations[0]?.xMm).toBe(-34.648);
  });

  it('never stages an empty value as 0', () => {
    const r = validateEntry(
      fields({ properties: [{ property: 'thickness', value: '', unit: '' }] }),
      wafer,
    );
    expect(r).toEqual({ ok: false, errors: { 'value:0': 'Enter a number.' } });
  });

  it('reports every bad field at once, per property row', () => {
    const r = validateEntry(
      fields({
        x: '',
        y: '1,5',
        properties: [
          { property: ' ', value: '25.1 nm', unit: '' },
          { property: 'GOF', value: '', unit: '' },
        ],
      }),
      wafer,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['property:0', 'value:0', 'value:1', 'x', 'y']);
    expect(r.errors.x).toMatch(/Click the map or type x/);
    expect(r.errors.y).toMatch(/decimal point/);
  });

  it('refuses the same property twice and a point outside the outline (below the flat)', () => {
    const twice = validateEntry(
      fields({
        properties: [
          { property: 'a', value: '1', unit: '' },
          { property: 'a', value: '2', unit: '' },
        ],
      }),
      wafer,
    );
    expect(!twice.ok && twice.errors['property:1']).toMatch(/entered twice/);
    const r = validateEntry(fields({ x: '0', y: '-70' }), wafer);
    expect(!r.ok && r.errors.x).toMatch(/outside the sample outline/);
  });
});
