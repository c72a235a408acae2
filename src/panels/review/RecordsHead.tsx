/**
 * The header row of the "Annotations" table: select-all, then one sortable button per column.
 * Column widths are set here (classes `col-*` in app.css, fixed table layout), so the columns
 * keep their widths while a virtualised table scrolls rows in and out.
 */
import { nextSort, type RecordSort, type RecordSortKey } from './recordsTableModel';

interface Column {
  key: RecordSortKey | null;
  label: string;
  /** The width class (app.css); none for the text columns that share what is left. */
  className?: string;
  /** Said to screen readers only (the row's buttons name themselves). */
  hidden?: boolean;
}

// Actions come right after the number, so edit and delete stay next to the row's number.
// Frame and Updated are shown when the panel is wide enough (app.css: container query).
const COLUMNS: readonly Column[] = [
  { key: 'index', label: '#', className: 'col-num' },
  { key: null, label: 'Actions', hidden: true, className: 'col-actions' },
  { key: 'x', label: 'x', className: 'col-coord' },
  { key: 'y', label: 'y', className: 'col-coord' },
  { key: 'property', label: 'Property' },
  { key: 'value', label: 'Value', className: 'col-value' },
  { key: 'unit', label: 'Unit', className: 'col-unit' },
  { key: 'source', label: 'Source' },
  { key: null, label: 'Frame', className: 'col-frame wide-only' },
  { key: 'updated', label: 'Updated', className: 'col-updated wide-only' },
];

/** Cells per row (the select box and COLUMNS). */
export const RECORD_COLUMN_COUNT = COLUMNS.length + 1;

interface RecordsHeadProps {
  sort: RecordSort;
  onSort: (sort: RecordSort) => void;
  allChecked: boolean;
  onCheckAll: () => void;
}

/** `<thead>` of the Annotations table; `aria-sort` on the sorted column. */
export function RecordsHead({ sort, onSort, allChecked, onCheckAll }: RecordsHeadProps) {
  const ariaSort = (key: RecordSortKey | null) =>
    key && sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
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
  );
}
