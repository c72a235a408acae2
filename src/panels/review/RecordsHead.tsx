/**
 * The header row of the "Annotations" table: select-all, then one sortable button per column.
 * Column widths are set here (fixed table layout: numeric columns sized to the records listed,
 * recordColumns.ts; fixed ones by `col-*` classes in dataTables.css), so the columns keep their
 * widths while a virtualised table scrolls rows in and out.
 */
import type { RecordColumnWidths } from './recordColumns';
import { nextSort, type RecordSort, type RecordSortKey } from './recordsTableModel';

interface Column {
  key: RecordSortKey | null;
  label: string;
  /** The width class (dataTables.css); none for the text columns that share what is left. */
  className?: string;
  /** Sized to the records listed (recordColumns.ts). */
  width?: keyof RecordColumnWidths;
  /** Said to screen readers only (the row's buttons name themselves). */
  hidden?: boolean;
}

// Actions come right after the number, so edit and delete stay next to the row's number.
// Source, and in a wider box Frame and Updated, are shown when the panel is wide enough
// (dataTables.css: container queries): in a narrow panel the property name gets their room, and
// the row's tooltip tells them.
const COLUMNS: readonly Column[] = [
  { key: 'index', label: '#', width: 'num' },
  { key: null, label: 'Actions', hidden: true, className: 'col-actions' },
  { key: 'x', label: 'x', width: 'x' },
  { key: 'y', label: 'y', width: 'y' },
  { key: 'property', label: 'Property' },
  { key: 'value', label: 'Value', width: 'value', className: 'num' },
  { key: 'unit', label: 'Unit', width: 'unit' },
  { key: 'source', label: 'Source', className: 'wide-only' },
  { key: null, label: 'Frame', className: 'col-frame wide-only wider-only' },
  { key: 'updated', label: 'Updated', className: 'col-updated wide-only wider-only' },
];

/** Cells per row (the select box and COLUMNS). */
export const RECORD_COLUMN_COUNT = COLUMNS.length + 1;
/** The last this many columns are hidden in a narrow panel (Source, Frame, Updated). */
export const RECORD_WIDE_ONLY_COUNT = 3;

interface RecordsHeadProps {
  sort: RecordSort;
  onSort: (sort: RecordSort) => void;
  allChecked: boolean;
  onCheckAll: () => void;
  widths: RecordColumnWidths;
}

/** `<thead>` of the Annotations table; `aria-sort` on the sorted column. */
export function RecordsHead({ sort, onSort, allChecked, onCheckAll, widths }: RecordsHeadProps) {
  const ariaSort = (key: RecordSortKey | null) =>
    key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  // Widths on <col>: their `ch` is the cells' (the bold header's is wider). Columns a narrow
  // panel hides come last and get no <col> (they take their th's width class).
  const sized = COLUMNS.slice(0, COLUMNS.length - RECORD_WIDE_ONLY_COUNT);
  return (
    <>
      <colgroup>
        <col className="col-check" />
        {sized.map((c) => (
          <col
            key={c.label}
            className={c.className}
            style={c.width ? { width: widths[c.width] } : undefined}
          />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="col-check">
            <input
              type="checkbox"
              aria-label="Select every row shown"
              checked={allChecked}
              onChange={onCheckAll}
            />
          </th>
          {COLUMNS.map((c) => (
            <th key={c.label} scope="col" className={c.className} aria-sort={ariaSort(c.key)}>
              {c.hidden ? (
                <span className="visually-hidden">{c.label}</span>
              ) : c.key ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(nextSort(sort, c.key as RecordSortKey))}
                >
                  {c.label}
                  {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              ) : (
                c.label
              )}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
