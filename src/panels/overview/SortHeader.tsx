/**
 * The samples grid's header row: column names, the sortable ones (name, owner, created) as
 * buttons whose state is in `aria-sort`. Clicking the sorted column reverses it.
 */
import type { SampleSort, SampleSortKey } from './sampleListModel';

interface SortHeaderProps {
  sort: SampleSort;
  onSortChange: (sort: SampleSort) => void;
}

const COLUMNS: ReadonlyArray<{ label: string; key?: SampleSortKey; className: string }> = [
  { label: 'Selected', className: 'sample-check' },
  { label: 'Map', className: 'sample-map-cell' },
  { label: 'Name', key: 'name', className: 'sample-name' },
  { label: 'Owner', key: 'owner', className: 'sample-owner' },
  { label: 'Created', key: 'date', className: 'sample-date' },
  { label: 'Projects', className: 'sample-projects' },
  { label: 'Annotations', className: 'sample-count' },
  { label: 'Map range', className: 'sample-range' },
  { label: 'Properties', className: 'sample-properties' },
];

/** Column widths in CSS px (null: shares what is left); the grid's <colgroup>. */
export const COLUMN_WIDTHS_PX: ReadonlyArray<number | null> = [
  36,
  64,
  null,
  120,
  104,
  120,
  96,
  null,
];

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
