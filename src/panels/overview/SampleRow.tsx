/**
 * One row of the samples grid: selection box, small map, name (a link that opens the sample),
 * owner, creation date, projects, annotation count and properties. Positioned by the grid's
 * virtualiser; never fetches (the summary comes in as a prop once loaded).
 */

import type { CSSProperties, MouseEvent } from 'react';
import { SampleThumbnail } from '../../canvas/SampleThumbnail';
import { propertyLabel, rangeText } from '../../domain/lot/sampleSummary';
import { plural } from '../../domain/values/plural';
import { isoDate } from './sampleListModel';
import type { OverviewRow, SummaryState } from './types';

/** Small map size in CSS px; the row is a little taller. */
export const THUMBNAIL_PX = 52;
export const ROW_HEIGHT_PX = 64;

export interface SampleRowProps {
  row: OverviewRow;
  /** 0-based position in the shown list. */
  index: number;
  summary: SummaryState;
  selected: boolean;
  /** The row holding the grid's one Tab stop. */
  active: boolean;
  style: CSSProperties;
  href: string;
  onToggle: (index: number, range: boolean) => void;
  onOpen: (index: number) => void;
  onFocusRow: (index: number) => void;
}

export const displayName = (name: string | null) => name?.trim() || '(unnamed sample)';

const plainClick = (e: MouseEvent) => !(e.ctrlKey || e.metaKey || e.shiftKey || e.altKey);

function MapCell({ row, summary }: { row: OverviewRow; summary: SummaryState }) {
  if (summary.status !== 'ready') {
    return <span className="thumbnail-placeholder" aria-hidden="true" />;
  }
  const { shown, sites } = summary.summary;
  const guessed = row.outlineSource === 'name';
  const label = `${
    shown
      ? `Map of ${sites.length} ${propertyLabel(shown)} ${plural(sites.length, 'value', 'values')}, ${rangeText(summary.summary.range, shown.unit)}`
      : 'Map without stored values'
  }${guessed ? '; outline guessed from the name' : ''}`;
  return (
    <span className="thumbnail-cell">
      <SampleThumbnail outline={row.outline} sites={sites} sizePx={THUMBNAIL_PX} label={label} />
      {guessed && (
        <span
          className="thumbnail-guessed"
          title="Outline guessed from the sample's name; set it in the sample's workspace"
        >
          guessed
        </span>
      )}
    </span>
  );
}

function CountCells({ summary }: { summary: SummaryState }) {
  if (summary.status === 'ready') {
    const { count, properties } = summary.summary;
    const range = summary.summary.shown
      ? rangeText(summary.summary.range, summary.summary.shown.unit)
      : '—';
    const text =
      properties.length === 0
        ? '—'
        : properties.map((p) => `${propertyLabel(p)} ${p.count}`).join(' · ');
    return (
      <>
        <td className="sample-count">{count.toLocaleString('en')}</td>
        <td
          className="sample-range"
          title={
            summary.summary.shown ? `${propertyLabel(summary.summary.shown)}: ${range}` : undefined
          }
        >
          {summary.summary.shown && (
            <span className="sample-range-property">{summary.summary.shown.name}</span>
          )}
          {range}
        </td>
        <td className="sample-properties" title={text}>
          {text}
        </td>
      </>
    );
  }
  const error = summary.status === 'error';
  return (
    <>
      <td className="sample-count muted">{error ? '?' : ''}</td>
      <td className="sample-range" />
      <td className="sample-properties muted" title={error ? summary.message : undefined}>
        {error ? 'not loaded' : summary.status === 'loading' ? 'loading…' : ''}
      </td>
    </>
  );
}

export function SampleRow(p: SampleRowProps) {
  const { sample } = p.row;
  const name = displayName(sample.name);
  const projects = sample.projects.map((x) => x.name ?? x.id).join(', ');
  return (
    // Keys are handled by the grid (one Tab stop, arrows between rows): see gridKeys.ts.
    <tr
      aria-rowindex={p.index + 2}
      aria-selected={p.selected}
      tabIndex={p.active ? 0 : -1}
      data-index={p.index}
      className={`sample-row${p.selected ? ' is-selected' : ''}`}
      style={p.style}
      onFocus={(e) => {
        if (e.target === e.currentTarget) p.onFocusRow(p.index);
      }}
      onMouseDown={(e) => {
        // Shift-click selects a range, not the text between the clicks.
        if (e.shiftKey) e.preventDefault();
      }}
      onClick={(e) => {
        if (e.target instanceof HTMLElement && e.target.closest('a, input')) return;
        p.onToggle(p.index, e.shiftKey);
      }}
    >
      <td className="sample-check">
        <input
          type="checkbox"
          tabIndex={-1}
          checked={p.selected}
          aria-label={`Select ${name}`}
          onChange={(e) => p.onToggle(p.index, (e.nativeEvent as globalThis.MouseEvent).shiftKey)}
        />
      </td>
      <td className="sample-map-cell">
        <MapCell row={p.row} summary={p.summary} />
      </td>
      <td className="sample-name" title={name}>
        <a
          href={p.href}
          tabIndex={-1}
          onClick={(e) => {
            // Ctrl/⌘/Shift-click keep the browser's own (new tab, new window).
            if (!plainClick(e)) return;
            e.preventDefault();
            p.onOpen(p.index);
          }}
        >
          {name}
        </a>
      </td>
      <td className="sample-owner">{sample.owner_name ?? ''}</td>
      <td className="sample-date">
        {sample.created_datetime && (
          <time dateTime={sample.created_datetime}>{isoDate(sample.created_datetime)}</time>
        )}
      </td>
      <td className="sample-projects" title={projects}>
        {projects}
      </td>
      <CountCells summary={p.summary} />
    </tr>
  );
}
