/**
 * The "Comparison" table: one row per sample with n, mean, σ (n−1), min, max, range, %σ and the
 * chosen non-uniformity, sortable by any column (click a header), with CSV export. Value columns
 * share one number of decimals each (tableFormat.ts: the display rule); the cell's title holds the full value.
 */
import { isoDateOf } from '../../domain/isoDate';
import {
  COMPARISON_COLUMNS,
  type ComparisonColumn,
  type ComparisonColumnKey,
  type ComparisonRow,
  type ComparisonSort,
} from '../../domain/lot/comparisonTable';
import { columnDecimals, lotDecimals } from '../../domain/lot/tableFormat';
import { formatStat } from '../../domain/values/formatStat';

interface ComparisonTableProps {
  rows: readonly ComparisonRow[];
  sort: ComparisonSort;
  onSort: (key: ComparisonColumnKey) => void;
  /** Unit of the value columns ('' = none). */
  unit: string;
  /** The non-uniformity's formula, for its header's title. */
  nonUniformityFormula: string;
  onOpen: (sampleId: string) => void;
  onExportCsv: () => void;
}

function header(c: ComparisonColumn, unit: string): string {
  if (c.kind === 'value' && unit) return `${c.label} (${unit})`;
  if (c.kind === 'percent') return `${c.label} (%)`;
  return c.label;
}

function Cell({
  row,
  column,
  decimals,
}: {
  row: ComparisonRow;
  column: ComparisonColumn;
  decimals: number;
}) {
  const v = row[column.key];
  if (column.kind === 'date') return <td>{isoDateOf(typeof v === 'string' ? v : null) ?? '—'}</td>;
  if (column.kind === 'text') return <td>{String(v ?? '')}</td>;
  const n = typeof v === 'number' ? v : null;
  const text = column.kind === 'count' ? (n === null ? '—' : String(n)) : formatStat(n, decimals);
  return (
    <td className="num" title={n === null ? undefined : String(n)}>
      {text}
    </td>
  );
}

/** The table (see the module comment). */
export function ComparisonTable(p: ComparisonTableProps) {
  const data = lotDecimals(p.rows);
  const decimals = new Map(COMPARISON_COLUMNS.map((c) => [c.key, columnDecimals(c.key, data)]));
  return (
    <section className="panel compare-table" aria-labelledby="comparison-title">
      <div className="section-heading">
        <h2 id="comparison-title">Comparison</h2>
        <button type="button" onClick={p.onExportCsv} disabled={p.rows.length === 0}>
          Export CSV
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table" aria-labelledby="comparison-title">
          <thead>
            <tr>
              {COMPARISON_COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={
                    p.sort.key === c.key
                      ? p.sort.direction === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                  title={c.key === 'nonUniformity' ? p.nonUniformityFormula : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => p.onSort(c.key)}>
                    {header(c, p.unit)}
                    {p.sort.key === c.key ? (p.sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row) => (
              <tr key={row.sampleId} data-sample-id={row.sampleId}>
                {COMPARISON_COLUMNS.map((c) =>
                  c.key === 'name' ? (
                    <th key={c.key} scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => p.onOpen(row.sampleId)}
                      >
                        {row.name}
                      </button>
                    </th>
                  ) : (
                    <Cell key={c.key} row={row} column={c} decimals={decimals.get(c.key) ?? data} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
