import { describe, expect, it } from 'vitest';
import { anAnnotation } from '../../testing/builders';
import {
  DEFAULT_SORT,
  draftChanges,
  draftOf,
  filterRecords,
  type IndexedRecord,
  nextSort,
  sortRecords,
} from './recordsTableModel';

const rows: IndexedRecord[] = [
  anAnnotation({
    property_name: 'thickness',
    property_value: 10.5,
    coord_x: 3,
    char_source_type: 'KLA-F5x',
  }),
  anAnnotation({ property_name: 'Rs', property_value: 2, property_unit: 'ohm/sq', coord_x: null }),
  anAnnotation({
    property_name: 'thickness',
    property_value: 9.75,
    coord_x: -1,
    property_unit: null,
  }),
  anAnnotation({ property_name: 'site 10', property_value: 9.75, coord_x: 8 }),
  anAnnotation({ property_name: 'site 2', property_value: 1, coord_x: 0 }),
].map((record, index) => ({ index, record }));
const order = (list: IndexedRecord[]) => list.map((r) => r.index);

describe('sortRecords', () => {
  it('keeps list order by default', () => {
    expect(order(sortRecords(rows, DEFAULT_SORT))).toEqual([0, 1, 2, 3, 4]);
  });

  it('sorts numbers numerically, ties in list order, both directions', () => {
    expect(order(sortRecords(rows, { key: 'value', dir: 'asc' }))).toEqual([4, 1, 2, 3, 0]);
    expect(order(sortRecords(rows, { key: 'value', dir: 'desc' }))).toEqual([0, 2, 3, 1, 4]);
  });

  it('puts missing values last in both directions', () => {
    expect(order(sortRecords(rows, { key: 'x', dir: 'asc' }))).toEqual([2, 4, 0, 3, 1]);
    expect(order(sortRecords(rows, { key: 'x', dir: 'desc' }))).toEqual([3, 0, 4, 2, 1]);
    expect(sortRecords(rows, { key: 'unit', dir: 'desc' }).at(-1)?.index).toBe(2);
  });

  it('sorts text naturally and case-insensitively', () => {
    expect(order(sortRecords(rows, { key: 'property', dir: 'asc' }))).toEqual([1, 4, 3, 0, 2]);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts another ascending', () => {
    expect(nextSort({ key: 'value', dir: 'asc' }, 'value')).toEqual({ key: 'value', dir: 'desc' });
    expect(nextSort({ key: 'value', dir: 'desc' }, 'x')).toEqual({ key: 'x', dir: 'asc' });
  });
});

describe('filterRecords', () => {
  it('finds text in property, unit and source, every term required', () => {
    expect(order(filterRecords(rows, 'THICK'))).toEqual([0, 2]);
    expect(order(filterRecords(rows, 'thickness kla'))).toEqual([0]);
    expect(order(filterRecords(rows, 'ohm'))).toEqual([1]);
    expect(order(filterRecords(rows, '  '))).toEqual([0, 1, 2, 3, 4]);
  });

  it('compares values with <, <=, > and >=', () => {
    expect(order(filterRecords(rows, '>9.75'))).toEqual([0]);
    expect(order(filterRecords(rows, '>= 9.75'))).toEqual([0, 2, 3]);
    expect(order(filterRecords(rows, '<2'))).toEqual([4]);
    expect(order(filterRecords(rows, '<=2 site'))).toEqual([4]);
  });

  it('matches the value as written', () => {
    expect(order(filterRecords(rows, '9.75'))).toEqual([2, 3]);
  });
});

describe('draftChanges', () => {
  const record = anAnnotation({
    property_name: 'thickness',
    property_value: 9.5,
    property_unit: 'nm',
  });

  it('sends only what changed, an empty unit as null', () => {
    expect(draftChanges(draftOf(record), draftOf(record))).toEqual({ ok: true, changes: {} });
    expect(
      draftChanges(draftOf(record), { property: ' thickness ', value: '9.75', unit: 'nm' }),
    ).toEqual({
      ok: true,
      changes: { property_value: 9.75 },
    });
    expect(draftChanges(draftOf(record), { property: 'Tox', value: '−1e-1', unit: ' ' })).toEqual({
      ok: true,
      changes: { property_name: 'Tox', property_value: -0.1, property_unit: null },
    });
  });

  it('never sends a field the user left alone, whatever the record holds now', () => {
    const opened = draftOf(record);
    // A colleague changed the unit to Å meanwhile; this editor changed only the value.
    expect(draftChanges(opened, { ...opened, value: '2.22' })).toEqual({
      ok: true,
      changes: { property_value: 2.22 },
    });
  });

  it('refuses a broken character or an over-long text in the name and unit, at the field', () => {
    const result = draftChanges(draftOf(record), {
      property: 'thick\ud800ness',
      value: '1',
      unit: 'n\udc00m',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        property:
          'The name contains a broken character (lone surrogate U+D800) at position 6; it would be stored as \uFFFD. Retype it.',
        unit: 'The unit contains a broken character (lone surrogate U+DC00) at position 2; it would be stored as \uFFFD. Retype it.',
      },
    });
    const long = draftChanges(draftOf(record), { property: 'x'.repeat(256), value: '1', unit: '' });
    expect(long.ok ? null : long.errors.property).toMatch(/256 characters long/);
  });

  it('refuses a blank property and a value that is not a plain number', () => {
    const result = draftChanges(draftOf(record), { property: ' ', value: '9,75', unit: 'nm' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.property).toBe('Enter a property name.');
    expect(result.errors.value).toContain('decimal point');
  });
});
