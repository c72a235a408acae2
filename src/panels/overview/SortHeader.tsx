/**
 * The samples grid's header row: column names, the sortable ones (name, owner, created) as
 * buttons whose state is in `aria-sort`. Clicking the sorted column reverses it.
 */
import { THUMBNAIL_PX } from './SampleRow';
import type { SampleSort, SampleSortKey } from './sampleListModel';

/** Left and right padding of a grid cell (overview.css), in CSS px. */
const CELL_PADDING_PX = 8;

interface SortHeaderProps {
  sort: SampleSort;
  onSortChange: (sort: SampleSort) => void;
}

interface Column {
  label: string;
  key?: SampleSortKey;
  className: string;
  /** Width in CSS px; null: shares what is left. */
  widthPx: number | null;
}

const COLUMNS: readonly Column[] = [
  { label: 'Selected', className: 'sample-check', widthPx: 36 },
  // The whole small map: a narrower cell overflowed, and the cell's ellipsis drew a stray "…".
  { label: 'Map', className: 'sample-map-cell', widthPx: THUMBNAIL_PX + 2 * CELL_PADDING_PX },
  { label: 'Name', key: 'name', className: 'sample-name', widthPx: null },
  { label: 'Owner', key: 'owner', className: 'sample-owner', widthPx: 120 },
  { label: 'Created', key: 'date', className: 'sample-date', widthPx: 104 },
  { label: 'Projects', className: 'sample-projects', widthPx: 120 },
  { label: 'Annotations', className: 'sample-count', widthPx: 110 },
  { label: 'Map range', className: 'sample-range', widthPx: 190 },
  { label: 'Properties', className: 'sample-properties', widthPx: null },
];

/** The grid's column widths in order (its <colgroup>). */
export const COLUMN_WIDTHS_PX = COLUMNS.map((c) => c.widthPx);

/** The direction a first click on a column sorts in: newest dates first, names A→Z. */
const firstDirection = (key: SampleSortKey) => (key === 'date' ? 'desc' : 'asc');

export function SortHeader({ sort, onSortChange }: SortHeaderProps) {
  return (
    <thead className="sample-grid-head">
      <tr aria-rowindex={1}>
        {COLUMNS.map((c) => {
          const key = c.key;
          if (!key) {
            const hidden = c.label === 'Selected' || c.label === 'Map';
            return (
              <th key={c.label} scope="col" className={c.className}>
                <span className={hidden ? 'visually-hidden' : ''}>{c.label}</span>
              </th>
            );
          }
          const current = sort.key === key;
          const ariaSort = current
            ? sort.direction === 'asc'
              ? 'ascending'
              : 'descending'
            : 'none';
          const next = current ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstDirection(key);
          return (
            <th key={c.label} scope="col" aria-sort={ariaSort} className={c.className}>
              <button
                type="button"
                className="sort-button"
                onClick={() => onSortChange({ key, direction: next })}
              >
                {c.label}
                <span aria-hidden="true">
                  {current ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
