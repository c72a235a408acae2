/**
 * The "Staged annotations" table: every staged point with its coordinates (two decimals shown,
 * full precision kept), property, value, unit and source. Rows can be edited and deleted;
 * hovering a row highlights its marker; server validation errors are shown on their row.
 */
import { useState } from 'react';
import type { FieldError } from '../api/errors';
import type { SampleOutline } from '../domain/geometry/outline';
import { type EntryField, type EntryFields, validateEntry } from '../domain/staging/entry';
import type { StagedAnnotation, StagedAnnotationChanges } from '../domain/staging/staged';
import { formatMm } from '../domain/values/formatMm';

interface StagedTableProps {
  staged: StagedAnnotation[];
  outline: SampleOutline;
  rowErrors: Map<string, FieldError[]>;
  highlightedId: string | null;
  onHighlight: (localId: string | null) => void;
  onUpdate: (localId: string, changes: StagedAnnotationChanges) => void;
  onRemove: (localIds: string[]) => void;
}

const toFields = (a: StagedAnnotation): EntryFields => ({
  x: String(a.xMm),
  y: String(a.yMm),
  property: a.propertyName,
  value: String(a.propertyValue),
  unit: a.propertyUnit ?? '',
  source: a.charSourceType ?? '',
});

const EDIT_COLUMNS: Array<{ key: EntryField; label: string }> = [
  { key: 'x', label: 'x (mm)' },
  { key: 'y', label: 'y (mm)' },
  { key: 'property', label: 'Property' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'source', label: 'Source' },
];

function EditRow(props: {
  index: number;
  annotation: StagedAnnotation;
  outline: SampleOutline;
  onSave: (changes: StagedAnnotationChanges) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState(() => toFields(props.annotation));
  const [errors, setErrors] = useState<Partial<Record<EntryField, string>>>({});
  const save = () => {
    const r = validateEntry(fields, props.outline);
    if (!r.ok) return setErrors(r.errors);
    const { metadata: _keep, ...changes } = r.annotation;
    props.onSave(changes);
  };
  return (
    <tr className="editing">
      <td>{props.index + 1}</td>
      {EDIT_COLUMNS.map(({ key, label }) => (
        <td key={key}>
          <input
            aria-label={`${label} of staged annotation ${props.index + 1}`}
            value={fields[key]}
            inputMode={key === 'x' || key === 'y' || key === 'value' ? 'decimal' : undefined}
            aria-invalid={errors[key] !== undefined}
            title={errors[key]}
            onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') save();
              if (e.key === 'Escape') props.onCancel();
            }}
          />
        </td>
      ))}
      <td className="row-actions">
        <button type="button" onClick={save}>
          Save
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </td>
      <td className="row-check">
        {Object.entries(errors).map(([k, m]) => (
          <span key={k} className="field-error">
            {k}: {m}
          </span>
        ))}
      </td>
    </tr>
  );
}

export function StagedTable(props: StagedTableProps) {
  const { staged, rowErrors, highlightedId, onHighlight } = props;
  const [editing, setEditing] = useState<string | null>(null);
  // The "Check" column only appears while some row has a problem to show.
  const showCheck = rowErrors.size > 0 || editing !== null;
  return (
    <div className="table-scroll">
      <table className="data-table staged-table" aria-label="Staged annotations">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">x (mm)</th>
            <th scope="col">y (mm)</th>
            <th scope="col">Property</th>
            <th scope="col">Value</th>
            <th scope="col">Unit</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
            {showCheck && <th scope="col">Check</th>}
          </tr>
        </thead>
        <tbody>
          {staged.map((a, i) => {
            if (editing === a.localId) {
              return (
                <EditRow
                  key={a.localId}
                  index={i}
                  annotation={a}
                  outline={props.outline}
                  onSave={(changes) => {
                    props.onUpdate(a.localId, changes);
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              );
            }
            const errors = rowErrors.get(a.localId) ?? [];
            const bad = new Set(errors.map((e) => e.field));
            return (
              <tr
                key={a.localId}
                className={[
                  a.localId === highlightedId ? 'highlighted' : '',
                  errors.length > 0 ? 'has-error' : '',
                ].join(' ')}
                aria-invalid={errors.length > 0 || undefined}
                onMouseEnter={() => onHighlight(a.localId)}
                onMouseLeave={() => onHighlight(null)}
              >
                <td>{i + 1}</td>
                <td className={bad.has('coord_x') ? 'cell-error' : ''} title={String(a.xMm)}>
                  {formatMm(a.xMm)}
                </td>
                <td className={bad.has('coord_y') ? 'cell-error' : ''} title={String(a.yMm)}>
                  {formatMm(a.yMm)}
                </td>
                <td className={bad.has('property_name') ? 'cell-error' : ''}>{a.propertyName}</td>
                <td className={`num ${bad.has('property_value') ? 'cell-error' : ''}`}>
                  {a.propertyValue}
                </td>
                <td className={bad.has('property_unit') ? 'cell-error' : ''}>
                  {a.propertyUnit ?? ''}
                </td>
                <td className={bad.has('char_source_type') ? 'cell-error' : ''}>
                  {a.charSourceType ?? ''}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Edit staged annotation ${i + 1}`}
                    onClick={() => setEditing(a.localId)}
                    onFocus={() => onHighlight(a.localId)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    aria-label={`Delete staged annotation ${i + 1}`}
                    onClick={() => props.onRemove([a.localId])}
                    onFocus={() => onHighlight(a.localId)}
                  >
                    Delete
                  </button>
                </td>
                {showCheck && (
                  <td className="row-check">
                    {errors.map((e) => (
                      <span key={`${e.field}:${e.message}`} className="field-error">
                        {e.field ? `${e.field}: ` : ''}
                        {e.message}
                      </span>
                    ))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
