/**
 * Rows of the "Annotations" table: a stored record (click it to find it on the map) and the
 * inline editor of its property, value and unit.
 */
import { useState } from 'react';
import type { AnnotationUpdate, SpatialAnnotation } from '../../api/schemas';
import { formatMm } from '../../domain/values/formatMm';
import { RowEditActions } from '../RowEditActions';
import { draftChanges, type RecordDraft } from './recordsTableModel';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const coord = (v: number | null) => (v === null ? '—' : formatMm(v));

interface RecordRowProps {
  number: number;
  record: SpatialAnnotation;
  highlighted: boolean;
  selected: boolean;
  saving: boolean;
  onHighlight: (id: string | null) => void;
  onToggle: () => void;
  onShowOnMap: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One stored record: select box, number (shows it on the map), ✎ and ✕, then its fields. */
export function RecordRow(p: RecordRowProps) {
  const r = p.record;
  return (
    <tr
      data-record-id={r.id}
      className={[
        p.highlighted ? 'highlighted' : '',
        p.selected ? 'selected' : '',
        p.saving ? 'saving' : '',
      ]
        .join(' ')
        .trim()}
      aria-selected={p.selected}
      onMouseEnter={() => p.onHighlight(r.id)}
      onMouseLeave={() => p.onHighlight(null)}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('button, input')) p.onShowOnMap();
      }}
    >
      <td>
        <input
          type="checkbox"
          aria-label={`Select annotation ${p.number}`}
          checked={p.selected}
          onChange={p.onToggle}
        />
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          aria-label={`Show annotation ${p.number} on the map`}
          onClick={p.onShowOnMap}
        >
          {p.number}
        </button>
      </td>
      <td className="row-actions">
        {p.saving ? (
          <span className="muted">Saving…</span>
        ) : (
          <>
            <button
              type="button"
              aria-label={`Edit annotation ${p.number}`}
              title="Edit"
              onClick={p.onEdit}
            >
              ✎
            </button>
            <button
              type="button"
              aria-label={`Delete annotation ${p.number}`}
              title="Delete"
              onClick={p.onDelete}
            >
              ✕
            </button>
          </>
        )}
      </td>
      <td title={String(r.coord_x)}>{coord(r.coord_x)}</td>
      <td title={String(r.coord_y)}>{coord(r.coord_y)}</td>
      <td>{r.property_name}</td>
      <td className="num">{r.property_value}</td>
      <td>{r.property_unit ?? ''}</td>
      <td>{r.char_source_type ?? ''}</td>
      <td>
        {r.coord_ref_frame ?? '—'}
        {r.coord_units && r.coord_units !== 'mm' ? ` (${r.coord_units})` : ''}
      </td>
      <td>{timeFormat.format(new Date(r.last_updated))}</td>
    </tr>
  );
}

interface RecordEditRowProps {
  number: number;
  record: SpatialAnnotation;
  initial: RecordDraft;
  onSave: (changes: AnnotationUpdate) => void;
  onCancel: () => void;
}

const FIELDS = [
  { key: 'property', label: 'Property' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
] as const;

/** Inline editor: Enter saves, Escape cancels; problems are shown on the fields. */
export function RecordEditRow(p: RecordEditRowProps) {
  const [draft, setDraft] = useState(p.initial);
  const [errors, setErrors] = useState<Partial<RecordDraft>>({});
  const save = () => {
    const result = draftChanges(p.record, draft);
    if (!result.ok) return setErrors(result.errors);
    if (Object.keys(result.changes).length === 0) return p.onCancel();
    p.onSave(result.changes);
  };
  const input = (key: keyof RecordDraft, label: string) => (
    <input
      aria-label={`${label} of annotation ${p.number}`}
      value={draft[key]}
      inputMode={key === 'value' ? 'decimal' : undefined}
      aria-invalid={errors[key] !== undefined}
      title={errors[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') p.onCancel();
      }}
    />
  );
  const r = p.record;
  return (
    <tr className="editing" data-record-id={r.id}>
      <td />
      <td>{p.number}</td>
      <RowEditActions onSave={save} onCancel={p.onCancel} />
      <td>{coord(r.coord_x)}</td>
      <td>{coord(r.coord_y)}</td>
      {FIELDS.map((f) => (
        <td key={f.key} className={f.key === 'value' ? 'num' : undefined}>
          {input(f.key, f.label)}
          {errors[f.key] && <span className="field-error">{errors[f.key]}</span>}
        </td>
      ))}
      <td>{r.char_source_type ?? ''}</td>
      <td>{r.coord_ref_frame ?? '—'}</td>
      <td />
    </tr>
  );
}
