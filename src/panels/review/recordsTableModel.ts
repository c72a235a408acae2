/**
 * Sorting and filtering of the "Annotations" table (pure; the table keeps the choice as view
 * state). Rows keep their position in the server's list as their number, so "#12" names the same
 * record whatever the order on screen.
 */
import type { AnnotationUpdate, SpatialAnnotation } from '../../api/schemas';
import { parseTypedNumber } from '../../domain/values/parseNumber';

/** A sortable column ('index' = the list's own order). */
export type RecordSortKey =
  | 'index'
  | 'x'
  | 'y'
  | 'property'
  | 'value'
  | 'unit'
  | 'source'
  | 'updated';

/** The sort column and direction. */
export interface RecordSort {
  key: RecordSortKey;
  dir: 'asc' | 'desc';
}

/** A record with its position (0-based) in the list the table was given. */
export interface IndexedRecord {
  index: number;
  record: SpatialAnnotation;
}

/** The server's order. */
export const DEFAULT_SORT: RecordSort = { key: 'index', dir: 'asc' };

/** Clicking a column: the same column flips the direction, another starts ascending. */
export function nextSort(current: RecordSort, key: RecordSortKey): RecordSort {
  return current.key === key
    ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' }
    : { key, dir: 'asc' };
}

function sortValue(row: IndexedRecord, key: RecordSortKey): number | string | null {
  const r = row.record;
  switch (key) {
    case 'index':
      return row.index;
    case 'x':
      return r.coord_x;
    case 'y':
      return r.coord_y;
    case 'property':
      return r.property_name;
    case 'value':
      return r.property_value;
    case 'unit':
      return r.property_unit;
    case 'source':
      return r.char_source_type;
    case 'updated':
      return r.last_updated;
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Rows in the chosen order: numbers numerically, text with natural ordering ("site 2" before
 * "site 10"); missing values (no coordinate, no unit) last in both directions; ties keep their
 * list order.
 */
export function sortRecords(rows: readonly IndexedRecord[], sort: RecordSort): IndexedRecord[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || va === '' || vb === null || vb === '') {
      const ma = va === null || va === '';
      const mb = vb === null || vb === '';
      if (ma !== mb) return ma ? 1 : -1;
      return a.index - b.index;
    }
    const c =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : collator.compare(String(va), String(vb));
    return c === 0 ? a.index - b.index : sign * c;
  });
}

const COMPARISON = /^(<=|>=|<|>)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/;

/** One filter term: a value comparison (">10.2", "<=5") or text found in any text column. */
function matchesTerm(r: SpatialAnnotation, term: string): boolean {
  const cmp = COMPARISON.exec(term);
  if (cmp) {
    const limit = Number(cmp[2]);
    const v = r.property_value;
    switch (cmp[1]) {
      case '<':
        return v < limit;
      case '<=':
        return v <= limit;
      case '>':
        return v > limit;
      default:
        return v >= limit;
    }
  }
  const haystack = [
    r.property_name,
    r.property_unit ?? '',
    r.char_source_type ?? '',
    r.coord_ref_frame ?? '',
    String(r.property_value),
  ];
  return haystack.some((h) => h.toLowerCase().includes(term));
}

/**
 * Rows matching every whitespace-separated term of `text` (case-insensitive). A term is text
 * to find in property, unit, source, frame or the value as written, or a comparison of the
 * value such as ">10.2" or "<=5". Blank text keeps every row.
 */
export function filterRecords(rows: readonly IndexedRecord[], text: string): IndexedRecord[] {
  const terms = text
    .trim()
    .toLowerCase()
    .replace(/(<=|>=|<|>)\s+/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => terms.every((t) => matchesTerm(row.record, t)));
}

/** What the user typed in the editor, kept as text so nothing is lost on an error. */
export interface RecordDraft {
  property: string;
  value: string;
  unit: string;
}

/** The editor's starting text for a record. */
export const draftOf = (r: SpatialAnnotation): RecordDraft => ({
  property: r.property_name,
  value: String(r.property_value),
  unit: r.property_unit ?? '',
});

/**
 * The PATCH body for a draft: only the fields that differ from the record, or the problems that
 * stop it ({} when nothing changed). An empty unit is sent as null (no unit).
 */
export function draftChanges(
  record: SpatialAnnotation,
  draft: RecordDraft,
): { ok: true; changes: AnnotationUpdate } | { ok: false; errors: Partial<RecordDraft> } {
  const errors: Partial<RecordDraft> = {};
  const property = draft.property.trim();
  if (property === '') errors.property = 'Enter a property name.';
  const value = parseTypedNumber(draft.value, { unitField: true });
  if (!value.ok) errors.value = value.message;
  if (Object.keys(errors).length > 0 || !value.ok) return { ok: false, errors };
  const unit = draft.unit.trim() === '' ? null : draft.unit.trim();
  const changes: AnnotationUpdate = {};
  if (property !== record.property_name) changes.property_name = property;
  if (value.value !== record.property_value) changes.property_value = value.value;
  if (unit !== record.property_unit) changes.property_unit = unit;
  return { ok: true, changes };
}
