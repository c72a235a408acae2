/**
 * One staged annotation in the "Staged annotations" table: select box, number, edit and delete,
 * site label, coordinates (two decimals shown, full precision in the tooltip), property, value,
 * unit and source. Cells the server refused are marked, and its reasons follow in a row below.
 */
import type { FieldError } from '../../api/errors';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { formatMm } from '../../domain/values/formatMm';
import { ProblemRow } from '../ProblemRow';
import { formatTableValue } from '../tableColumns';
import { STAGED_COLUMN_COUNT } from './StagedEditRow';

interface StagedRowProps {
  index: number;
  /** Site label ('' for the second and later values of one site). */
  site: string;
  annotation: StagedAnnotation;
  /** The server's validation errors of this row (none: []). */
  errors: FieldError[];
  highlighted: boolean;
  selected: boolean;
  onHighlight: (localId: string | null) => void;
  onToggle: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** The row, then its problems (if any) in a full-width row. */
export function StagedRow(p: StagedRowProps) {
  const a = p.annotation;
  const n = p.index + 1;
  const bad = new Set(p.errors.map((e) => e.field));
  const cell = (field: string, extra = '') =>
    `${extra} ${bad.has(field) ? 'cell-error' : ''}`.trim() || undefined;
  const problemsId = `staged-problems-${a.localId}`;
  const hasErrors = p.errors.length > 0;
  return (
    <>
      <tr
        className={[
          p.highlighted ? 'highlighted' : '',
          p.selected ? 'selected' : '',
          hasErrors ? 'has-error' : '',
          p.site !== '' ? 'site-start' : '',
        ].join(' ')}
        aria-invalid={hasErrors || undefined}
        aria-describedby={hasErrors ? problemsId : undefined}
        // Source is hidden in a narrow panel: the row's tooltip tells it.
        title={`Source ${a.charSourceType ?? '—'}`}
        onMouseEnter={() => p.onHighlight(a.localId)}
        onMouseLeave={() => p.onHighlight(null)}
      >
        <td>
          <input
            type="checkbox"
            aria-label={`Select staged annotation ${n}`}
            checked={p.selected}
            onChange={p.onToggle}
          />
        </td>
        <td>{n}</td>
        <td>
          <div className="row-actions">
            <button
              type="button"
              aria-label={`Edit staged annotation ${n}`}
              title="Edit"
              onClick={p.onEdit}
              onFocus={() => p.onHighlight(a.localId)}
            >
              ✎
            </button>
            <button
              type="button"
              aria-label={`Delete staged annotation ${n}`}
              title="Delete"
              onClick={p.onRemove}
              onFocus={() => p.onHighlight(a.localId)}
            >
              ✕
            </button>
          </div>
        </td>
        <td>{p.site}</td>
        <td className={cell('coord_x')} title={String(a.xMm)}>
          {formatMm(a.xMm)}
        </td>
        <td className={cell('coord_y')} title={String(a.yMm)}>
          {formatMm(a.yMm)}
        </td>
        {/* Text cut with an ellipsis where the panel is narrow: the full text in the tooltip. */}
        <td className={cell('property_name')} title={a.propertyName}>
          {a.propertyName}
        </td>
        <td className={cell('property_value', 'num')} title={String(a.propertyValue)}>
          {formatTableValue(a.propertyValue)}
        </td>
        <td className={cell('property_unit')} title={a.propertyUnit ?? undefined}>
          {a.propertyUnit ?? ''}
        </td>
        <td className={cell('char_source_type', 'wide-only')} title={a.charSourceType ?? undefined}>
          {a.charSourceType ?? ''}
        </td>
      </tr>
      {hasErrors && (
        <ProblemRow
          id={problemsId}
          columns={STAGED_COLUMN_COUNT - 1}
          after={<td className="wide-only" />}
          messages={p.errors.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message}`)}
        />
      )}
    </>
  );
}
