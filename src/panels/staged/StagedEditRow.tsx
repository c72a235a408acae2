/**
 * The inline editor of one staged annotation: x, y, property, value, unit and source, checked
 * as the entry form checks them (validateEntry) when saved with Enter or Save; Escape cancels.
 * The fields share one cell over the x … unit columns (with the Source column hidden in a narrow
 * panel, its field is there too), each wide enough to read what is typed; the reasons for a
 * refusal are listed in a full-width row underneath.
 */
import { useEffect, useState } from 'react';
import type { SampleOutline } from '../../domain/geometry/outline';
import {
  type EditKey,
  editChanges,
  editTextsOf,
  entryFieldsOfTexts,
  followLive,
  openEditForm,
  type ReplacedValue,
  replacedValues,
} from '../../domain/staging/editForm';
import { validateEntry } from '../../domain/staging/entry';
import type { StagedAnnotation, StagedAnnotationChanges } from '../../domain/staging/staged';
import { ProblemRow } from '../ProblemRow';
import { RowEditActions } from '../RowEditActions';

/** Columns of a staged row: check, #, actions, site, x, y, property, value, unit, source. */
export const STAGED_COLUMN_COUNT = 10;

const EDIT_COLUMNS = [
  { key: 'x', label: 'x (mm)', error: 'x' },
  { key: 'y', label: 'y (mm)', error: 'y' },
  { key: 'property', label: 'Property', error: 'property:0' },
  { key: 'value', label: 'Value', error: 'value:0' },
  { key: 'unit', label: 'Unit', error: 'unit:0' },
  { key: 'source', label: 'Source', error: 'source' },
] as const satisfies readonly { key: EditKey; label: string; error: string }[];

/** The label of an edit field, as the table's header shows it. */
export const editLabel = (key: EditKey): string =>
  EDIT_COLUMNS.find((c) => c.key === key)?.label ?? key;

interface StagedEditRowProps {
  index: number;
  /** The row's site label, shown as it is (not editable here). */
  site: string;
  /** The annotation as it is now (changes made elsewhere while the row is open arrive here). */
  annotation: StagedAnnotation;
  outline: SampleOutline;
  /**
   * Save: only the fields the user changed (editForm.ts), and the values set elsewhere meanwhile
   * that those changes replace.
   */
  onSave: (changes: StagedAnnotationChanges, replaced: ReplacedValue<EditKey>[]) => void;
  onCancel: () => void;
}

/** The editing row and, after a refused save, the row of reasons under it. */
export function StagedEditRow(props: StagedEditRowProps) {
  const [form, setForm] = useState(() => openEditForm(props.annotation));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A change made elsewhere shows in every field the user has not touched.
  useEffect(() => setForm((f) => followLive(f, editTextsOf(props.annotation))), [props.annotation]);
  const set = (key: EditKey, value: string) =>
    setForm((f) => ({ ...f, typed: { ...f.typed, [key]: value } }));
  const save = () => {
    const r = validateEntry(entryFieldsOfTexts(form.typed), props.outline);
    if (!r.ok) return setErrors(r.errors as Record<string, string>);
    const [a] = r.annotations;
    if (!a) return;
    props.onSave(editChanges(form, a), replacedValues(form, editTextsOf(props.annotation)));
  };
  const messages = Object.values(errors);
  const problemsId = `staged-edit-problems-${props.annotation.localId}`;
  const n = props.index + 1;
  return (
    <>
      <tr className="editing" aria-describedby={messages.length > 0 ? problemsId : undefined}>
        <td />
        <td>{n}</td>
        <RowEditActions onSave={save} onCancel={props.onCancel} />
        <td>{props.site}</td>
        <td colSpan={5}>
          <div className="edit-fields">
            {EDIT_COLUMNS.map(({ key, label, error }) => (
              <label key={key} className={`edit-field edit-${key}`}>
                <span aria-hidden="true">{label}</span>
                <input
                  aria-label={`${label} of staged annotation ${n}`}
                  // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this row.
                  autoFocus={key === 'x'}
                  value={form.typed[key]}
                  inputMode={key === 'x' || key === 'y' || key === 'value' ? 'decimal' : undefined}
                  aria-invalid={errors[error] !== undefined}
                  aria-describedby={errors[error] !== undefined ? problemsId : undefined}
                  title={errors[error]}
                  onChange={(e) => set(key, e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') save();
                    if (e.key === 'Escape') props.onCancel();
                  }}
                />
              </label>
            ))}
          </div>
        </td>
        <td className="wide-only" />
      </tr>
      {messages.length > 0 && (
        <ProblemRow
          id={problemsId}
          messages={messages}
          columns={STAGED_COLUMN_COUNT - 1}
          after={<td className="wide-only" />}
        />
      )}
    </>
  );
}
