/**
 * The table's sort against the plain definition it speeds up: for any records and any column
 * and direction, the same order as a comparator sort that reads each value and compares text
 * with the collator on every comparison. Plus the size it is built for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpatialAnnotation } from '../../api/schemas';
import { anAnnotation } from '../../testing/builders';
import {
  type IndexedRecord,
  type RecordSort,
  type RecordSortKey,
  sortRecords,
} from './recordsTableModel';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function cellOf(row: IndexedRecord, key: RecordSortKey): number | string | null {
  const r = row.record;
  const values: Record<RecordSortKey, number | string | null> = {
    index: row.index,
    x: r.coord_x,
    y: r.coord_y,
    property: r.property_name,
    value: r.property_value,
    unit: r.property_unit,
    source: r.char_source_type,
    updated: r.last_updated,
  };
  return values[key];
}

/** The definition: missing last in both directions, ties in list order. */
function reference(rows: readonly IndexedRecord[], sort: RecordSort): IndexedRecord[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = cellOf(a, sort.key);
    const vb = cellOf(b, sort.key);
    const ma = va === null || va === '';
    const mb = vb === null || vb === '';
    if (ma || mb) return ma !== mb ? (ma ? 1 : -1) : a.index - b.index;
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return c === 0 ? a.index - b.index : sign * c;
  });
}

const text = fc.constantFrom(
  'thickness',
  'Thickness',
  'Rs',
  'rs',
  'site 2',
  'site 10',
  'nm',
  'Å',
  '',
);
const stamp = fc.oneof(
  fc
    .integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 })
    .map((ms) => new Date(ms).toISOString()),
  fc.constantFrom('2026-04-03 14:36', 'later'),
);
const record = fc.record({
  property_name: text,
  property_value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  property_unit: fc.option(text),
  char_source_type: fc.option(text),
  coord_x: fc.option(fc.integer({ min: -3, max: 3 })),
  coord_y: fc.option(fc.double({ min: -150, max: 150, noNaN: true })),
  last_updated: stamp,
});
const keys: RecordSortKey[] = ['index', 'x', 'y', 'property', 'value', 'unit', 'source', 'updated'];

describe('sortRecords', () => {
  it('orders rows exactly as the plain comparator sort, any column, any direction', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        fc.constantFrom(...keys),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.boolean(),
        (fields, key, dir, shuffled) => {
          let rows = fields.map((f, index) => ({ index, record: anAnnotation(f) }));
          // A filtered or re-sorted list is not in list order.
          if (shuffled) rows = [...rows].reverse().filter((_, i) => i % 3 !== 1);
          const sort = { key, dir };
          expect(sortRecords(rows, sort).map((r) => r.index)).toEqual(
            reference(rows, sort).map((r) => r.index),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('sorts 100,000 rows by every column (the size the table is built for)', () => {
    const base = anAnnotation({});
    const rows = Array.from({ length: 100_000 }, (_, index) => ({
      index,
      record: {
        ...base,
        id: String(index),
        coord_x: (index * 7919) % 1000,
        property_value: Math.sin(index),
        property_name: `site ${index % 97}`,
        last_updated: new Date(1_750_000_000_000 + (index % 5000) * 1000).toISOString(),
      } satisfies SpatialAnnotation,
    }));
    for (const key of keys) {
      const sorted = sortRecords(rows, { key, dir: 'desc' });
      expect(sorted).toHaveLength(100_000);
      const first = cellOf(sorted[0] as IndexedRecord, key);
      const last = cellOf(sorted[99_999] as IndexedRecord, key);
      if (typeof first === 'number' && typeof last === 'number') {
        expect(first).toBeGreaterThanOrEqual(last);
      }
    }
  });
});
