/**
 * Sorting and filtering of the "Annotations" table (pure; the table keeps the choice as view
 * state). Rows keep their position in the server's list as their number, so "#12" names the same
 * record whatever the order on screen.
 */

import type { AnnotationUpdate, SpatialAnnotation } from '../../api/schemas';
import type { TextForm } from '../../domain/values/formMerge';
import { parseTypedNumber } from '../../domain/values/parseNumber';
import { shortTextProblem } from '../../domain/values/textLimits';

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

/** Numeric columns, read straight into a typed array for sorting. */
const NUMERIC: Partial<Record<RecordSortKey, (row: IndexedRecord) => number | null>> = {
  index: (row) => row.index,
  x: (row) => row.record.coord_x,
  y: (row) => row.record.coord_y,
  value: (row) => row.record.property_value,
};

/** Text columns. */
const TEXT: Partial<Record<RecordSortKey, (r: SpatialAnnotation) => string | null>> = {
  property: (r) => r.property_name,
  unit: (r) => r.property_unit,
  source: (r) => r.char_source_type,
  updated: (r) => r.last_updated,
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** An ISO 8601 UTC timestamp as the API schema writes them (toISOString). */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The rank of each distinct text in collation order; texts the collator holds equal ("Rs" and
 * "rs") share a rank, so they tie. Timestamps all written alike compare as plain strings (the
 * same order as the collator's, at a fraction of the cost).
 */
function textRanks(texts: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(texts)];
  const plain = distinct.every((t) => ISO_UTC.test(t));
  const compare = plain ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) : collator.compare;
  distinct.sort(compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((t, i) => {
    if (i > 0 && compare(distinct[i - 1] as string, t) !== 0) rank += 1;
    ranks.set(t, rank);
  });
  return ranks;
}

/**
 * Each row's sort key as a number (text as its rank), and whether it is missing (no
 * coordinate, no unit: null or ''), so the sort itself compares numbers only.
 */
function sortKeys(rows: readonly IndexedRecord[], key: RecordSortKey) {
  const keys = new Float64Array(rows.length);
  const missing = new Uint8Array(rows.length);
  const numeric = NUMERIC[key];
  const text = TEXT[key];
  if (numeric) {
    rows.forEach((row, i) => {
      const v = numeric(row);
      if (v === null || v === undefined) missing[i] = 1;
      else keys[i] = v;
    });
  } else if (text) {
    const values = rows.map((row) => text(row.record) ?? '');
    const ranks = textRanks(values.filter((v) => v !== ''));
    values.forEach((v, i) => {
      if (v === '') missing[i] = 1;
      else keys[i] = ranks.get(v) ?? 0;
    });
  }
  return { keys, missing };
}

/**
 * Rows in the chosen order: numbers numerically, text with natural ordering ("site 2" before
 * "site 10"); missing values (no coordinate, no unit) last in both directions; ties keep their
 * list order. The keys are computed once per row and the sort compares numbers, so 100,000 rows
 * sort in tens of milliseconds; the list's own order is returned without sorting.
 */
export function sortRecords(rows: readonly IndexedRecord[], sort: RecordSort): IndexedRecord[] {
  const inListOrder = rows.every(
    (row, i) => i === 0 || (rows[i - 1] as IndexedRecord).index < row.index,
  );
  if (sort.key === 'index' && inListOrder) {
    return sort.dir === 'asc' ? [...rows] : [...rows].reverse();
  }
  const sign = sort.dir === 'asc' ? 1 : -1;
  const { keys, missing } = sortKeys(rows, sort.key);
  const index = Int32Array.from(rows, (row) => row.index);
  const order = Array.from(rows, (_, i) => i);
  order.sort((a, b) => {
    const ma = missing[a] as number;
    const mb = missing[b] as number;
    if (ma !== mb) return ma - mb;
    const c = ma ? 0 : (keys[a] as number) - (keys[b] as number);
    return c === 0 ? (index[a] as number) - (index[b] as number) : sign * c;
  });
  return order.map((i) => rows[i] as IndexedRecord);
}

const COMPARISON = /^(<=|>=|<|>)\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/;

/** The lower-cased texts a filter term is looked for in, kept per record (typing each letter
 * filters 100,000 records again; records are immutable, so the texts never go stale). */
const haystacks = new WeakMap<SpatialAnnotation, string[]>();
function haystackOf(r: SpatialAnnotation): string[] {
  let texts = haystacks.get(r);
  if (!texts) {
    texts = [
      r.property_name,
      r.property_unit ?? '',
      r.char_source_type ?? '',
      r.coord_ref_frame ?? '',
      String(r.property_value),
    ].map((t) => t.toLowerCase());
    haystacks.set(r, texts);
  }
  return texts;
}

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
  return haystackOf(r).some((h) => h.includes(term));
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

/** The editor's form: the texts it opened with (or followed since) and what is typed. */
export type RecordForm = TextForm<keyof RecordDraft>;

/** The editor's starting text for a record. */
export const draftOf = (r: SpatialAnnotation): RecordDraft => ({
  property: r.property_name,
  value: String(r.property_value),
  unit: r.property_unit ?? '',
});

/** A name, value and unit as the PATCH writes them, or the problems found in `draft`. */
function checkDraft(draft: RecordDraft) {
  const errors: Partial<RecordDraft> = {};
  const property = draft.property.trim();
  const propertyProblem = shortTextProblem('The name', property);
  if (property === '') errors.property = 'Enter a property name.';
  else if (propertyProblem) errors.property = propertyProblem;
  const unitProblem = shortTextProblem('The unit', draft.unit.trim());
  if (unitProblem) errors.unit = unitProblem;
  const value = parseTypedNumber(draft.value, { unitField: true });
  if (!value.ok) errors.value = value.message;
  const unit = draft.unit.trim() === '' ? null : draft.unit.trim();
  return { errors, property, value: value.ok ? value.value : null, unit };
}

/**
 * The PATCH body for a draft: only the fields the user changed from `base` (the texts the
 * editor opened with, or followed since: see values/formMerge.ts), never a field the user left
 * alone, so a change saved elsewhere meanwhile to another field is kept. Or the problems that
 * stop it ({} when nothing changed). An empty unit is sent as null (no unit). A name or unit
 * with a broken character or over MAX_TEXT_CHARS is refused (shortTextProblem).
 */
export function draftChanges(
  base: RecordDraft,
  draft: RecordDraft,
): { ok: true; changes: AnnotationUpdate } | { ok: false; errors: Partial<RecordDraft> } {
  const typed = checkDraft(draft);
  if (Object.keys(typed.errors).length > 0 || typed.value === null) {
    return { ok: false, errors: typed.errors };
  }
  const was = checkDraft(base);
  const changes: AnnotationUpdate = {};
  if (typed.property !== was.property) changes.property_name = typed.property;
  if (typed.value !== was.value) changes.property_value = typed.value;
  if (typed.unit !== was.unit) changes.property_unit = typed.unit;
  return { ok: true, changes };
}
