/**
 * The "Annotations" table: stored records, sortable by any column and filterable (text or a
 * value comparison such as ">10.2"). Virtualised (@tanstack/react-virtual): only the rows in
 * view and a few beyond are in the page, so 100,000 records scroll and sort smoothly; short
 * lists (up to ALL_ROWS_UP_TO) are rendered whole. Hovering a row highlights its marker;
 * clicking a row selects it and centres its marker on the map; a marker picked on the map
 * selects and scrolls to its row. Rows can be edited inline (property, value, unit) and deleted,
 * one or many.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationUpdate, SpatialAnnotation } from '../api/schemas';
import { openForm, type ReplacedValue } from '../domain/values/formMerge';
import { RECORD_COLUMN_COUNT, RECORD_WIDE_ONLY_COUNT, RecordsHead } from './review/RecordsHead';
import { recordColumnWidths } from './review/recordColumns';
import './dataTables.css';
import { RecordEditRow, RecordRow, WideOnlyCells } from './review/RecordRows';
import {
  DEFAULT_SORT,
  draftOf,
  filterRecords,
  type RecordDraft,
  type RecordForm,
  sortRecords,
} from './review/recordsTableModel';

/** Lists up to this long are rendered whole (every row findable in the page, no spacers). */
export const ALL_ROWS_UP_TO = 200;
/**
 * Height of a row (px), fixed by dataTables.css (text cells are cut with an ellipsis, the full
 * text in their tooltip), so the virtualiser needs no measuring; only the one row being edited
 * is taller, which shifts the rows below it in the flow and nothing else.
 */
export const RECORD_ROW_PX = 27;
/** The sticky header's height (px): rows start below it. */
const HEADER_PX = 28;

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
  /** Save an edit: the changed fields only, and the values saved elsewhere they replace. */
  onSave: (
    record: SpatialAnnotation,
    changes: AnnotationUpdate,
    replaced: ReplacedValue<keyof RecordDraft>[],
  ) => void;
  onDelete: (records: SpatialAnnotation[]) => void;
  /** Open the editor again with what the user typed (after a failed save). */
  reopen: { id: string; form: RecordForm; nonce: number } | null;
}

/** The "Annotations" table (see the module comment); sort and filter are view state. */
export function RecordsTable(p: RecordsTableProps) {
  const { selectedIds } = p;
  // 100,000 records arriving: the statistics and the map are shown first, the rows right after.
  const records = useDeferredValue(p.records);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id: string; form: RecordForm } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  // Three steps, each redone only when its input changes: sorting 100,000 rows again does not
  // filter them again, and typing a filter does not renumber them.
  const indexed = useMemo(() => records.map((record, index) => ({ index, record })), [records]);
  const filtered = useMemo(() => filterRecords(indexed, filter), [indexed, filter]);
  const visible = useMemo(() => sortRecords(filtered, sort), [filtered, sort]);
  // Sized to every record, not only those shown: filtering does not make the columns jump.
  const widths = useMemo(() => recordColumnWidths(records), [records]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => RECORD_ROW_PX,
    overscan: visible.length <= ALL_ROWS_UP_TO ? ALL_ROWS_UP_TO : 12,
    scrollMargin: HEADER_PX,
    scrollPaddingStart: HEADER_PX,
    getItemKey: (i) => visible[i]?.record.id ?? i,
  });

  // A record picked on the map: scroll its row into view.
  const handledScroll = useRef<number | null>(null);
  useEffect(() => {
    if (!p.scrollTo || handledScroll.current === p.scrollTo.nonce) return;
    handledScroll.current = p.scrollTo.nonce;
    const { id } = p.scrollTo;
    const at = visible.findIndex((r) => r.record.id === id);
    if (at >= 0) virtualizer.scrollToIndex(at, { align: 'auto' });
  }, [p.scrollTo, visible, virtualizer]);

  const handledReopen = useRef<number | null>(null);
  useEffect(() => {
    if (!p.reopen || handledReopen.current === p.reopen.nonce) return;
    handledReopen.current = p.reopen.nonce;
    setEditing({ id: p.reopen.id, form: p.reopen.form });
  }, [p.reopen]);

  const selectedShown = useMemo(
    () => visible.filter((r) => selectedIds.has(r.record.id)).map((r) => r.record),
    [visible, selectedIds],
  );
  const allChecked = visible.length > 0 && selectedShown.length === visible.length;
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - HEADER_PX : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_PX) : 0;

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
            onChange={(e) => setFilter(e.target.value)}
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
      <div ref={scrollRef} className="table-scroll records-scroll">
        <table
          className="data-table records-table"
          aria-label="Annotations"
          aria-rowcount={visible.length + 1}
        >
          <RecordsHead
            sort={sort}
            onSort={setSort}
            allChecked={allChecked}
            widths={widths}
            onCheckAll={() =>
              p.onSelect(allChecked ? [] : visible.map((r) => r.record.id), 'replace')
            }
          />
          <tbody>
            {padTop > 0 && <Spacer heightPx={padTop} />}
            {items.map((v) => {
              const row = visible[v.index];
              if (!row) return null;
              const { index, record: r } = row;
              const common = {
                rowIndex: v.index,
                number: index + 1,
                record: r,
              };
              return editing?.id === r.id ? (
                <RecordEditRow
                  key={v.key}
                  {...common}
                  initial={editing.form}
                  onSave={(changes, replaced) => {
                    p.onSave(r, changes, replaced);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <RecordRow
                  key={v.key}
                  {...common}
                  highlighted={r.id === p.highlightedId}
                  selected={selectedIds.has(r.id)}
                  saving={r.id === p.savingId}
                  onHighlight={p.onHighlight}
                  onToggle={() => p.onSelect([r.id], 'toggle')}
                  onShowOnMap={() => p.onShowOnMap(r.id)}
                  onEdit={() => setEditing({ id: r.id, form: openForm(draftOf(r)) })}
                  onDelete={() => p.onDelete([r])}
                />
              );
            })}
            {padBottom > 0 && <Spacer heightPx={padBottom} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Stands in for the rows out of view, so the scroll bar spans the whole list. */
function Spacer({ heightPx }: { heightPx: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row that is never focused, only spacing.
    <tr aria-hidden="true" className="table-spacer">
      {/* Not one cell over every column: a span over the columns a narrow panel hides adds some. */}
      <td colSpan={RECORD_COLUMN_COUNT - RECORD_WIDE_ONLY_COUNT} style={{ height: heightPx }} />
      <WideOnlyCells />
    </tr>
  );
}
