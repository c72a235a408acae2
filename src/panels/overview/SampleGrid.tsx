/**
 * The samples grid: a virtualised ARIA grid (only the rows in view, plus a few, are in the DOM,
 * so 1,000 samples scroll smoothly), sortable by name, owner and date, multi-select with
 * checkboxes, Shift ranges and the keyboard (see gridKeys.ts). It reports which rows are in view
 * once scrolling settles, so their small maps and counts are loaded lazily by the caller.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { gridKeyAction } from './gridKeys';
import { ROW_HEIGHT_PX, SampleRow } from './SampleRow';
import { COLUMN_WIDTHS_PX, SortHeader } from './SortHeader';
import { type SampleSort, selectAll, selectRange, toggleSelection } from './sampleListModel';
import { IDLE, type OverviewRow, type SummaryState } from './types';
import './overview.css';

export interface SampleGridProps {
  rows: readonly OverviewRow[];
  summaries: ReadonlyMap<string, SummaryState>;
  /** Selected sample ids (may include samples the search hides). */
  selected: readonly string[];
  onSelectionChange: (selected: string[]) => void;
  sort: SampleSort;
  onSortChange: (sort: SampleSort) => void;
  onOpen: (sampleId: string) => void;
  hrefOf: (sampleId: string) => string;
  /** Ids of the rows in view (with a few beyond), each time scrolling settles. */
  onRowsInView: (sampleIds: string[]) => void;
}

const HEADER_PX = 34;
const OVERSCAN_ROWS = 4;

export function SampleGrid(p: SampleGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const anchor = useRef<string | null>(null);
  const focusAfterRender = useRef(false);
  const virtualizer = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: OVERSCAN_ROWS,
    // The rows start below the sticky header: item starts include it, and scrolling to a row
    // keeps it out from under the header.
    scrollMargin: HEADER_PX,
    scrollPaddingStart: HEADER_PX,
    getItemKey: (i) => p.rows[i]?.sample.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const activeIndex = Math.min(active, Math.max(0, p.rows.length - 1));
  const selectedSet = new Set(p.selected);
  const idAt = (i: number) => p.rows[i]?.sample.id ?? null;

  const inView = items.map((v) => idAt(v.index)).filter((id): id is string => id !== null);
  const inViewKey = inView.join(',');
  const { onRowsInView } = p;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the id list.
  useEffect(() => {
    if (!virtualizer.isScrolling) onRowsInView(inView);
  }, [inViewKey, virtualizer.isScrolling, onRowsInView]);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      focusAfterRender.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const toggle = (index: number, range: boolean) => {
    const id = idAt(index);
    if (!id) return;
    const order = p.rows.map((r) => r.sample.id);
    const next = range
      ? selectRange(order, p.selected, anchor.current, id, !selectedSet.has(id))
      : toggleSelection(p.selected, id);
    anchor.current = id;
    setActive(index);
    p.onSelectionChange(next);
  };

  const moveTo = (index: number, extend: boolean) => {
    const id = idAt(index);
    if (!id) return;
    if (extend) {
      const order = p.rows.map((r) => r.sample.id);
      anchor.current ??= idAt(activeIndex);
      p.onSelectionChange(selectRange(order, p.selected, anchor.current, id, true));
    } else anchor.current = id;
    setActive(index);
    focusAfterRender.current = true;
    virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (!(e.target instanceof HTMLTableRowElement) || !e.target.classList.contains('sample-row'))
      return;
    const page = Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_PX) / ROW_HEIGHT_PX);
    const action = gridKeyAction(e, activeIndex, p.rows.length, page);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'move') moveTo(action.index, action.extend);
    else if (action.kind === 'toggle') toggle(activeIndex, action.range);
    else if (action.kind === 'select-all') {
      p.onSelectionChange(
        selectAll(
          p.selected,
          p.rows.map((r) => r.sample.id),
        ),
      );
    } else {
      const id = idAt(activeIndex);
      if (id) p.onOpen(id);
    }
  };

  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - HEADER_PX : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_PX) : 0;

  return (
    <div ref={scrollRef} className="sample-grid-scroll">
      <table
        className="sample-grid"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows role=grid on a table; its rows are selected and navigated with the keyboard (WAI-ARIA grid pattern).
        role="grid"
        aria-label="Samples"
        aria-rowcount={p.rows.length + 1}
        aria-multiselectable="true"
        onKeyDown={onKeyDown}
      >
        <colgroup>
          {COLUMN_WIDTHS_PX.map((w, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of columns.
            <col key={i} style={w === null ? undefined : { width: w }} />
          ))}
        </colgroup>
        <SortHeader sort={p.sort} onSortChange={p.onSortChange} />
        <tbody>
          {padTop > 0 && <Spacer heightPx={padTop} />}
          {items.map((v) => {
            const row = p.rows[v.index];
            if (!row) return null;
            const id = row.sample.id;
            return (
              <SampleRow
                key={v.key}
                row={row}
                index={v.index}
                summary={p.summaries.get(id) ?? IDLE}
                selected={selectedSet.has(id)}
                active={v.index === activeIndex}
                style={{ height: ROW_HEIGHT_PX }}
                href={p.hrefOf(id)}
                onToggle={toggle}
                onOpen={(i) => {
                  const target = idAt(i);
                  if (target) p.onOpen(target);
                }}
                onFocusRow={setActive}
              />
            );
          })}
          {padBottom > 0 && <Spacer heightPx={padBottom} />}
        </tbody>
      </table>
    </div>
  );
}

/** Stands in for the rows out of view, so the scroll bar spans the whole list. */
function Spacer({ heightPx }: { heightPx: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row that is never focused, only spacing.
    <tr aria-hidden="true" className="sample-spacer">
      <td colSpan={COLUMN_WIDTHS_PX.length} style={{ height: heightPx }} />
    </tr>
  );
}
