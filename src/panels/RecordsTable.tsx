/**
 * The "Annotations" table: stored records, sortable by any column and filterable (text or a
 * value comparison such as ">10.2"), a page at a time so tens of thousands of records stay
 * responsive. Hovering a row highlights its marker; clicking a row selects it and centres its
 * marker on the map; a marker picked on the map selects and scrolls to its row. Rows can be
 * edited inline (property, value, unit) and deleted, one or many.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationUpdate, SpatialAnnotation } from '../api/schemas';
import { RecordEditRow, RecordRow } from './review/RecordRows';
import {
  DEFAULT_SORT,
  draftOf,
  filterRecords,
  nextSort,
  type RecordDraft,
  type RecordSortKey,
  sortRecords,
} from './review/recordsTableModel';

const PAGE_SIZE = 100;

interface RecordsTableProps {
  records: SpatialAnnotation[];
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  selectedIds: ReadonlySet<string>;
  onSelect: (ids: string[], mode: 'replace' | 'toggle') => void;
  /** A row was chosen: select it and centre its marker. */
  onShowOnMap: (id: string) => void;
  /** Bring this record's row into view (a new nonce repeats the request). */
  scrollTo: { id: string; nonce: number } | null;
  /** The record whose edit is being saved. */
  savingId: string | null;
  onSave: (record: SpatialAnnotation, changes: AnnotationUpdate) => void;
  onDelete: (records: SpatialAnnotation[]) => void;
  /** Open the editor again with what the user typed (after a failed save). */
  reopen: { id: string; draft: RecordDraft; nonce: number } | null;
}

// Actions come right after the number: the table is wider than the panel and the edit and
// delete buttons must not hide behind a horizontal scroll.
const COLUMNS: { key: RecordSortKey | null; label: string; hidden?: boolean }[] = [
  { key: 'index', label: '#' },
  { key: null, label: 'Actions', hidden: true },
  { key: 'x', label: 'x' },
  { key: 'y', label: 'y' },
  { key: 'property', label: 'Property' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'source', label: 'Source' },
  { key: null, label: 'Frame' },
  { key: 'updated', label: 'Updated' },
];

/** The "Annotations" table (see the module comment); sort, filter and page are view state. */
export function RecordsTable(p: RecordsTableProps) {
  const { selectedIds } = p;
  // 100,000 records arriving: the statistics and the map are shown first, the rows right after.
  const records = useDeferredValue(p.records);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<{ id: string; draft: RecordDraft } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  // Three steps, each redone only when its input changes: sorting 100,000 rows again does not
  // filter them again, and typing a filter does not renumber them.
  const indexed = useMemo(() => records.map((record, index) => ({ index, record })), [records]);
  const filtered = useMemo(() => filterRecords(indexed, filter), [indexed, filter]);
  const visible = useMemo(() => sortRecords(filtered, sort), [filtered, sort]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  useEffect(() => {
    if (page >= pages) setPage(pages - 1);
  }, [page, pages]);

  // A record picked on the map: go to its page, then scroll its row into view.
  const handledScroll = useRef<number | null>(null);
  const [scrollId, setScrollId] = useState<string | null>(null);
  useEffect(() => {
    if (!p.scrollTo || handledScroll.current === p.scrollTo.nonce) return;
    handledScroll.current = p.scrollTo.nonce;
    const { id } = p.scrollTo;
    const at = visible.findIndex((r) => r.record.id === id);
    if (at < 0) return;
    setPage(Math.floor(at / PAGE_SIZE));
    setScrollId(id);
  }, [p.scrollTo, visible]);
  useEffect(() => {
    if (!scrollId) return;
    tableRef.current
      ?.querySelector(`[data-record-id="${CSS.escape(scrollId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
    setScrollId(null);
  }, [scrollId]);

  const handledReopen = useRef<number | null>(null);
  useEffect(() => {
    if (!p.reopen || handledReopen.current === p.reopen.nonce) return;
    handledReopen.current = p.reopen.nonce;
    setEditing({ id: p.reopen.id, draft: p.reopen.draft });
  }, [p.reopen]);

  const start = page * PAGE_SIZE;
  const rows = visible.slice(start, start + PAGE_SIZE);
  const selectedShown = useMemo(
    () => visible.filter((r) => selectedIds.has(r.record.id)).map((r) => r.record),
    [visible, selectedIds],
  );
  const allChecked = visible.length > 0 && selectedShown.length === visible.length;

  return (
    <div>
      <div className="table-toolbar">
        <label className="inline-label">
          Filter
          <input
            type="search"
            value={filter}
            placeholder="text, or >10.2"
            aria-label="Filter annotations"
            onChange={(e) => {
              setFilter(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <span className="muted">
          {visible.length === records.length
            ? `${records.length} rows`
            : `${visible.length} of ${records.length} rows`}
        </span>
        <button
          type="button"
          disabled={selectedShown.length === 0}
          onClick={() => p.onDelete(selectedShown)}
        >
          Delete {selectedShown.length} selected
        </button>
      </div>
      <div className="table-scroll">
        <table ref={tableRef} className="data-table records-table" aria-label="Annotations">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select every row shown"
                  checked={allChecked}
                  onChange={() =>
                    p.onSelect(allChecked ? [] : visible.map((r) => r.record.id), 'replace')
                  }
                />
              </th>
              {COLUMNS.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  aria-sort={
                    c.key && sort.key === c.key
                      ? sort.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  {c.hidden ? (
                    <span className="visually-hidden">{c.label}</span>
                  ) : c.key ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort(nextSort(sort, c.key as RecordSortKey))}
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
          <tbody>
            {rows.map(({ index, record: r }) =>
              editing?.id === r.id ? (
                <RecordEditRow
                  key={r.id}
                  number={index + 1}
                  record={r}
                  initial={editing.draft}
                  onSave={(changes) => {
                    p.onSave(r, changes);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <RecordRow
                  key={r.id}
                  number={index + 1}
                  record={r}
                  highlighted={r.id === p.highlightedId}
                  selected={selectedIds.has(r.id)}
                  saving={r.id === p.savingId}
                  onHighlight={p.onHighlight}
                  onToggle={() => p.onSelect([r.id], 'toggle')}
                  onShowOnMap={() => p.onShowOnMap(r.id)}
                  onEdit={() => setEditing({ id: r.id, draft: draftOf(r) })}
                  onDelete={() => p.onDelete([r])}
                />
              ),
            )}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Annotations pages">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span>
            Rows {start + 1}–{Math.min(visible.length, start + PAGE_SIZE)} of {visible.length}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
