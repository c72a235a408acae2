/**
 * Rows of the "Annotations" table: a stored record (click it to find it on the map) and the
 * inline editor of its property, value and unit.
 */
import { useEffect, useState } from 'react';
import type { AnnotationUpdate, SpatialAnnotation } from '../../api/schemas';
import { formatMm } from '../../domain/values/formatMm';
import {
  followLive,
  type ReplacedValue,
  replacedValues,
  type TextForm,
  typeIn,
} from '../../domain/values/formMerge';
import { ProblemRow } from '../ProblemRow';
import { RowEditActions } from '../RowEditActions';
import { formatTableValue } from '../tableColumns';
import { RECORD_COLUMN_COUNT, RECORD_WIDE_ONLY_COUNT } from './RecordsHead';
import { draftChanges, draftOf, type RecordDraft } from './recordsTableModel';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });
const coord = (v: number | null) => (v === null ? '—' : formatMm(v));
const frameOf = (r: SpatialAnnotation) =>
  `${r.coord_ref_frame ?? '—'}${r.coord_units && r.coord_units !== 'mm' ? ` (${r.coord_units})` : ''}`;

/** What every row of the virtualised table gets: its place in the list and its record. */
interface VirtualRowProps {
  /** Position in the sorted, filtered list (`data-index`). */
  rowIndex: number;
  /** The record's number as listed (1-based, before sorting). */
  number: number;
  record: SpatialAnnotation;
}

interface RecordRowProps extends VirtualRowProps {
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
  const updated = timeFormat.format(new Date(r.last_updated));
  return (
    <tr
      data-index={p.rowIndex}
      data-record-id={r.id}
      // Source, Frame and Updated are hidden in a narrow panel: the row's tooltip tells them.
      title={`Source ${r.char_source_type ?? '—'} · frame ${frameOf(r)} · updated ${updated}`}
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
      <td>
        <div className="row-actions">
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
        </div>
      </td>
      <td title={String(r.coord_x)}>{coord(r.coord_x)}</td>
      <td title={String(r.coord_y)}>{coord(r.coord_y)}</td>
      <td title={r.property_name}>{r.property_name}</td>
      <td className="num" title={String(r.property_value)}>
        {formatTableValue(r.property_value)}
      </td>
      <td title={r.property_unit ?? undefined}>{r.property_unit ?? ''}</td>
      <td className="wide-only" title={r.char_source_type ?? undefined}>
        {r.char_source_type ?? ''}
      </td>
      <td className="wide-only wider-only">{frameOf(r)}</td>
      <td className="wide-only wider-only">{updated}</td>
    </tr>
  );
}

interface RecordEditRowProps extends VirtualRowProps {
  /** The form as it opens (the record's texts, or what was typed before a failed save). */
  initial: TextForm<keyof RecordDraft>;
  /**
   * Save: only the fields the user changed, and the values saved elsewhere meanwhile (the record
   * as listed now) that those changes replace.
   */
  onSave: (changes: AnnotationUpdate, replaced: ReplacedValue<keyof RecordDraft>[]) => void;
  onCancel: () => void;
}

const FIELDS = [
  { key: 'property', label: 'Property' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
] as const;

/** Inline editor: Enter saves, Escape cancels; problems are shown on the fields. */
export function RecordEditRow(p: RecordEditRowProps) {
  const [form, setForm] = useState(p.initial);
  const [errors, setErrors] = useState<Partial<RecordDraft>>({});
  // A change saved elsewhere (the list refetched) shows in every field the user has not touched.
  useEffect(() => setForm((f) => followLive(f, draftOf(p.record))), [p.record]);
  const save = () => {
    const result = draftChanges(form.base, form.typed);
    if (!result.ok) return setErrors(result.errors);
    if (Object.keys(result.changes).length === 0) return p.onCancel();
    p.onSave(result.changes, replacedValues(form, draftOf(p.record)));
  };
  const r = p.record;
  const messages = FIELDS.flatMap((f) => {
    const error = errors[f.key];
    return error ? [`${f.label}: ${error}`] : [];
  });
  const problemsId = `record-edit-problems-${r.id}`;
  const input = (key: keyof RecordDraft, label: string) => (
    <label key={key} className={`edit-field edit-${key}`}>
      <span aria-hidden="true">{label}</span>
      <input
        aria-label={`${label} of annotation ${p.number}`}
        aria-describedby={errors[key] !== undefined ? problemsId : undefined}
        value={form.typed[key]}
        inputMode={key === 'value' ? 'decimal' : undefined}
        aria-invalid={errors[key] !== undefined}
        title={errors[key]}
        onChange={(e) => setForm(typeIn(form, key, e.target.value))}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') p.onCancel();
        }}
      />
    </label>
  );
  // The fields share one cell over the property, value and unit columns, so each is wide enough
  // to read what is typed in a narrow panel. The reasons go in a full-width row underneath.
  // (Like the taller edit row, it just shifts the rows below.)
  return (
    <>
      <tr data-index={p.rowIndex} className="editing" data-record-id={r.id}>
        <td />
        <td>{p.number}</td>
        <RowEditActions onSave={save} onCancel={p.onCancel} />
        <td>{coord(r.coord_x)}</td>
        <td>{coord(r.coord_y)}</td>
        <td colSpan={3}>
          <div className="edit-fields">{FIELDS.map((f) => input(f.key, f.label))}</div>
        </td>
        <td className="wide-only" title={r.char_source_type ?? undefined}>
          {r.char_source_type ?? ''}
        </td>
        <td className="wide-only wider-only">{frameOf(r)}</td>
        <td className="wide-only wider-only" />
      </tr>
      {messages.length > 0 && (
        <ProblemRow
          id={problemsId}
          messages={messages}
          columns={RECORD_COLUMN_COUNT - RECORD_WIDE_ONLY_COUNT}
          after={<WideOnlyCells />}
        />
      )}
    </>
  );
}

/** Empty cells under the columns a narrow panel hides (a span over them would add columns). */
export function WideOnlyCells() {
  return (
    <>
      <td className="wide-only" />
      <td className="wide-only wider-only" />
      <td className="wide-only wider-only" />
    </>
  );
}
