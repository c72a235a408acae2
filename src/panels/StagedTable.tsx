/**
 * The "Staged annotations" table: every staged annotation, grouped by site (several properties
 * measured at one point share a site number), a page at a time, with coordinates, property,
 * value, unit and source (staged/StagedRow.tsx). Rows can be selected (kept in step with the
 * map), edited (staged/StagedEditRow.tsx) and deleted; server validation errors are shown on
 * their row. Numeric columns are sized to the values (staged/stagedColumns.ts); Source is shown
 * where the panel is wide (dataTables.css), else in the row's tooltip, so the table fits the
 * side panel at 1280 px without scrolling sideways.
 */
import { Fragment, useEffect, useMemo, useState } from 'react';
import type { FieldError } from '../api/errors';
import type { SampleOutline } from '../domain/geometry/outline';
import type { EditKey, ReplacedValue } from '../domain/staging/editForm';
import type { SelectMode } from '../domain/staging/selection';
import type { StagedAnnotation, StagedAnnotationChanges } from '../domain/staging/staged';
import { Pager, usePager } from './Pager';
import { StagedEditRow } from './staged/StagedEditRow';
import { StagedRow } from './staged/StagedRow';
import { siteLabels } from './staged/siteLabels';
import { stagedColumnWidths } from './staged/stagedColumns';
import './dataTables.css';

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
  /**
   * Told before `onUpdate` when a saved edit replaces values set elsewhere while it was open
   * (`row` is 1-based).
   */
  onReplaced?: (localId: string, row: number, replaced: ReplacedValue<EditKey>[]) => void;
  /** Told when a row's edit opens or closes (its localId, or null). */
  onEditingChange?: (localId: string | null) => void;
}

const NO_ERRORS: FieldError[] = [];

/** The table (see the module comment) and its pager. */
export function StagedTable(props: StagedTableProps) {
  const { staged, rowErrors, highlightedId, selectedIds, onHighlight } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const { onEditingChange } = props;
  useEffect(() => onEditingChange?.(editing), [editing, onEditingChange]);
  const pager = usePager(staged.length, { followEnd: true });
  const sites = useMemo(
    () => siteLabels(staged, pager.start, pager.end),
    [staged, pager.start, pager.end],
  );
  const widths = useMemo(() => stagedColumnWidths(staged, sites), [staged, sites]);
  const allSelected = staged.length > 0 && selectedIds.size === staged.length;
  return (
    <>
      <div className="table-scroll staged-scroll">
        <table className="data-table staged-table" aria-label="Staged annotations">
          {/* Widths on <col>, whose ch is the cells' (the bold header's is wider). */}
          <colgroup>
            <col className="col-check" />
            <col style={{ width: widths.num }} />
            <col className="col-actions" />
            <col style={{ width: widths.site }} />
            <col style={{ width: widths.x }} />
            <col style={{ width: widths.y }} />
            <col />
            <col style={{ width: widths.value }} />
            <col style={{ width: widths.unit }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="col-check">
                <input
                  type="checkbox"
                  aria-label="Select all staged annotations"
                  checked={allSelected}
                  onChange={() =>
                    props.onSelect(allSelected ? [] : staged.map((a) => a.localId), 'replace')
                  }
                />
              </th>
              <th scope="col">#</th>
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
              <th scope="col" title="Pattern site, or P + number for a clicked point">
                Site
              </th>
              <th scope="col">x (mm)</th>
              <th scope="col">y (mm)</th>
              <th scope="col">Property</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Unit</th>
              <th scope="col" className="wide-only">
                Source
              </th>
            </tr>
          </thead>
          <tbody>
            {staged.slice(pager.start, pager.end).map((a, k) => {
              const i = pager.start + k;
              const site = sites[k] ?? '';
              return (
                <Fragment key={a.localId}>
                  {editing === a.localId ? (
                    <StagedEditRow
                      index={i}
                      site={site}
                      annotation={a}
                      outline={props.outline}
                      onSave={(changes, replaced) => {
                        if (replaced.length > 0) props.onReplaced?.(a.localId, i + 1, replaced);
                        props.onUpdate(a.localId, changes);
                        setEditing(null);
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <StagedRow
                      index={i}
                      site={site}
                      annotation={a}
                      errors={rowErrors.get(a.localId) ?? NO_ERRORS}
                      highlighted={a.localId === highlightedId}
                      selected={selectedIds.has(a.localId)}
                      onHighlight={onHighlight}
                      onToggle={() => props.onSelect([a.localId], 'toggle')}
                      onEdit={() => setEditing(a.localId)}
                      onRemove={() => props.onRemove([a.localId])}
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
