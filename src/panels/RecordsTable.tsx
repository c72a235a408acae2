/**
 * The "Annotations" table: stored records of the sample, a page at a time so that tens of
 * thousands of records stay responsive. Hovering a row highlights its marker.
 */
import { useEffect, useState } from 'react';
import type { SpatialAnnotation } from '../api/schemas';
import { formatMm } from '../domain/values/formatMm';

const PAGE_SIZE = 100;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

interface RecordsTableProps {
  records: SpatialAnnotation[];
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
}

const coord = (v: number | null) => (v === null ? '—' : formatMm(v));

export function RecordsTable({ records, highlightedId, onHighlight }: RecordsTableProps) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(records.length / PAGE_SIZE));
  useEffect(() => {
    if (page >= pages) setPage(pages - 1);
  }, [page, pages]);
  const start = page * PAGE_SIZE;
  const rows = records.slice(start, start + PAGE_SIZE);
  return (
    <div>
      <div className="table-scroll">
        <table className="data-table" aria-label="Annotations">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">x</th>
              <th scope="col">y</th>
              <th scope="col">Frame</th>
              <th scope="col">Property</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Source</th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr
                key={r.id}
                className={r.id === highlightedId ? 'highlighted' : ''}
                onMouseEnter={() => onHighlight(r.id)}
                onMouseLeave={() => onHighlight(null)}
              >
                <td>{start + i + 1}</td>
                <td title={String(r.coord_x)}>{coord(r.coord_x)}</td>
                <td title={String(r.coord_y)}>{coord(r.coord_y)}</td>
                <td>
                  {r.coord_ref_frame ?? '—'}
                  {r.coord_units && r.coord_units !== 'mm' ? ` (${r.coord_units})` : ''}
                </td>
                <td>{r.property_name}</td>
                <td className="num">{r.property_value}</td>
                <td>{r.property_unit ?? ''}</td>
                <td>{r.char_source_type ?? ''}</td>
                <td>{timeFormat.format(new Date(r.last_updated))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Annotations pages">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span>
            Rows {start + 1}–{Math.min(records.length, start + PAGE_SIZE)} of {records.length}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
