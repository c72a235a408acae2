/**
 * The "Staged annotations" table: every staged annotation, grouped by site (several properties
 * measured at one point share a site number), with coordinates (two decimals shown, full
 * precision kept), property, value, unit and source. Rows can be selected (kept in step with
 * the map), edited and deleted; server validation errors are shown on their row.
 */
import { Fragment, useMemo, useState } from 'react';
import type { FieldError } from '../api/errors';
import type { SampleOutline } from '../domain/geometry/outline';
import { type EntryFields, validateEntry } from '../domain/staging/entry';
import type { SelectMode } from '../domain/staging/selection';
import type { StagedAnnotation, StagedAnnotationChanges } from '../domain/staging/staged';
import { formatMm } from '../domain/values/formatMm';
import { Pager, usePager } from './Pager';
import { RowEditActions } from './RowEditActions';

interface StagedTableProps {
  staged: StagedAnnotation[];
  outline: SampleOutline;
  rowErrors: Map<string, FieldError[]>;
  highlightedId: string | null;
  selectedIds: ReadonlySet<string>;
  onHighlight: (localId: string | null) => void;
  onSelect: (localIds: string[], mode: SelectMode) => void;
  onUpdate: (localId: string, changes: StagedAnnotationChanges) => void;
  onRemove: (localIds: string[]) => void;
}

/** Columns of a row: check, #, site, x, y, property, value, unit, source, actions. */
const COLUMN_COUNT = 10;

/**
 * A row's problems, in a full-width row under it, so they can be read at any table width; the
 * row names it with `aria-describedby`.
 */
function ProblemRow(props: { id: string; messages: string[] }) {
  return (
    <tr className="row-problems">
      <td colSpan={COLUMN_COUNT} id={props.id}>
        {props.messages.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
      </td>
    </tr>
  );
}

const sameSite = (a: StagedAnnotation, b: StagedAnnotation) =>
  a.site && b.site
    ? a.site.pattern === b.site.pattern && a.site.index === b.site.index
    : !a.site && !b.site && a.xMm === b.xMm && a.yMm === b.yMm;

/**
 * Site labels for rows `start`..`end` (exclusive): a row that begins a site (its values are
 * staged together, so they are adjacent) gets the pattern site number, or "P" and its row number
 * for a clicked or typed point; the other rows of the site get ''. O(rows shown), so a page of a
 * 100,000-row table costs the same as a page of a short one.
 */
export function siteLabels(staged: StagedAnnotation[], start = 0, end = staged.length): string[] {
  const labels: string[] = [];
  for (let i = start; i < end; i++) {
    const a = staged[i];
    const previous = staged[i - 1];
    if (!a) break;
    if (previous && sameSite(previous, a)) labels.push('');
    else labels.push(a.site ? `${a.site.index}` : `P${i + 1}`);
  }
  return labels;
}

const toFields = (a: StagedAnnotation): EntryFields => ({
  x: String(a.xMm),
  y: String(a.yMm),
  source: a.charSourceType ?? '',
  properties: [
    { property: a.propertyName, value: String(a.propertyValue), unit: a.propertyUnit ?? '' },
  ],
});

const EDIT_COLUMNS = [
  { key: 'x', label: 'x (mm)', error: 'x' },
  { key: 'y', label: 'y (mm)', error: 'y' },
  { key: 'property', label: 'Property', error: 'property:0' },
  { key: 'value', label: 'Value', error: 'value:0' },
  { key: 'unit', label: 'Unit', error: 'unit:0' },
  { key: 'source', label: 'Source', error: 'source' },
] as const;

function EditRow(props: {
  index: number;
  /** The row's site label, shown as it is (not editable here). */
  site: string;
  annotation: StagedAnnotation;
  outline: SampleOutline;
  onSave: (changes: StagedAnnotationChanges) => void;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState(() => toFields(props.annotation));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const get = (key: EditKey) =>
    key === 'x' || key === 'y' || key === 'source'
      ? fields[key]
      : (fields.properties[0]?.[key] ?? '');
  const set = (key: EditKey, value: string) =>
    setFields((f) =>
      key === 'x' || key === 'y' || key === 'source'
        ? { ...f, [key]: value }
        : { ...f, properties: f.properties.map((p) => ({ ...p, [key]: value })) },
    );
  const save = () => {
    const r = validateEntry(fields, props.outline);
    if (!r.ok) return setErrors(r.errors as Record<string, string>);
    const [a] = r.annotations;
    if (!a) return;
    const { metadata: _m, site: _s, ...changes } = a;
    props.onSave(changes);
  };
  const messages = Object.values(errors);
  const problemsId = `staged-edit-problems-${props.annotation.localId}`;
  return (
    <>
      <EditCells
        index={props.index}
        site={props.site}
        get={get}
        set={set}
        errors={errors}
        describedBy={messages.length > 0 ? problemsId : undefined}
        onSave={save}
        onCancel={props.onCancel}
      />
      {messages.length > 0 && <ProblemRow id={problemsId} messages={messages} />}
    </>
  );
}

type EditKey = (typeof EDIT_COLUMNS)[number]['key'];

function EditCells(props: {
  index: number;
  site: string;
  get: (key: EditKey) => string;
  set: (key: EditKey, value: string) => void;
  errors: Record<string, string>;
  describedBy: string | undefined;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { get, set, errors, onSave: save } = props;
  return (
    <tr className="editing" aria-describedby={props.describedBy}>
      <td />
      <td>{props.index + 1}</td>
      <RowEditActions onSave={save} onCancel={props.onCancel} />
      <td>{props.site}</td>
      {EDIT_COLUMNS.map(({ key, label, error }) => (
        <td key={key}>
          <input
            aria-label={`${label} of staged annotation ${props.index + 1}`}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this row.
            autoFocus={key === 'x'}
            value={get(key)}
            inputMode={key === 'x' || key === 'y' || key === 'value' ? 'decimal' : undefined}
            aria-invalid={errors[error] !== undefined}
            title={errors[error]}
            onChange={(e) => set(key, e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') save();
              if (e.key === 'Escape') props.onCancel();
            }}
          />
        </td>
      ))}
    </tr>
  );
}

export function StagedTable(props: StagedTableProps) {
  const { staged, rowErrors, highlightedId, selectedIds, onHighlight } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const pager = usePager(staged.length, { followEnd: true });
  const sites = useMemo(
    () => siteLabels(staged, pager.start, pager.end),
    [staged, pager.start, pager.end],
  );
  return (
    <>
      <div className="table-scroll">
        <table className="data-table staged-table" aria-label="Staged annotations">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select all staged annotations"
                  checked={staged.length > 0 && selectedIds.size === staged.length}
                  onChange={() =>
                    props.onSelect(
                      selectedIds.size === staged.length ? [] : staged.map((a) => a.localId),
                      'replace',
                    )
                  }
                />
              </th>
              <th scope="col">#</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
              <th scope="col" title="Pattern site, or P + number for a clicked point">
                Site
              </th>
              <th scope="col">x (mm)</th>
              <th scope="col">y (mm)</th>
              <th scope="col">Property</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {staged.slice(pager.start, pager.end).map((a, k) => {
              const i = pager.start + k;
              if (editing === a.localId) {
                return (
                  <EditRow
                    key={a.localId}
                    index={i}
                    site={sites[k] ?? ''}
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
              const cell = (field: string, extra = '') =>
                `${extra} ${bad.has(field) ? 'cell-error' : ''}`.trim() || undefined;
              const label = sites[k] ?? '';
              const newSite = label !== '';
              const problemsId = `staged-problems-${a.localId}`;
              return (
                <Fragment key={a.localId}>
                  <tr
                    className={[
                      a.localId === highlightedId ? 'highlighted' : '',
                      selectedIds.has(a.localId) ? 'selected' : '',
                      errors.length > 0 ? 'has-error' : '',
                      newSite ? 'site-start' : '',
                    ].join(' ')}
                    aria-invalid={errors.length > 0 || undefined}
                    aria-describedby={errors.length > 0 ? problemsId : undefined}
                    onMouseEnter={() => onHighlight(a.localId)}
                    onMouseLeave={() => onHighlight(null)}
                  >
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select staged annotation ${i + 1}`}
                        checked={selectedIds.has(a.localId)}
                        onChange={() => props.onSelect([a.localId], 'toggle')}
                      />
                    </td>
                    <td>{i + 1}</td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          aria-label={`Edit staged annotation ${i + 1}`}
                          title="Edit"
                          onClick={() => setEditing(a.localId)}
                          onFocus={() => onHighlight(a.localId)}
                        >
                          ✎
                        </button>
                        <button
                          type="button"
                          aria-label={`Delete staged annotation ${i + 1}`}
                          title="Delete"
                          onClick={() => props.onRemove([a.localId])}
                          onFocus={() => onHighlight(a.localId)}
                        >
                          ✕
                        </button>
                      </div>
                    </td>
                    <td>{label}</td>
                    <td className={cell('coord_x')} title={String(a.xMm)}>
                      {formatMm(a.xMm)}
                    </td>
                    <td className={cell('coord_y')} title={String(a.yMm)}>
                      {formatMm(a.yMm)}
                    </td>
                    <td className={cell('property_name')}>{a.propertyName}</td>
                    <td className={cell('property_value', 'num')}>{a.propertyValue}</td>
                    <td className={cell('property_unit')}>{a.propertyUnit ?? ''}</td>
                    <td className={cell('char_source_type')}>{a.charSourceType ?? ''}</td>
                  </tr>
                  {errors.length > 0 && (
                    <ProblemRow
                      id={problemsId}
                      messages={errors.map((e) => `${e.field ? `${e.field}: ` : ''}${e.message}`)}
                    />
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager label="Staged annotations pages" count={staged.length} pager={pager} />
    </>
  );
}
