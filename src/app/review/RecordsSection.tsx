/**
 * The stored records of the review with their editing: the "Annotations" table (the shown
 * property, or every record), the message of a failed edit with "Edit again", the delete
 * confirmation, the "Undo" offer after a delete, and the errors of delete and undo.
 */

import { type RefObject, useEffect, useRef, useState } from 'react';
import { describeError } from '../../api/errorMessages';
import { isApiError } from '../../api/errors';
import type { SpatialAnnotation } from '../../api/schemas';
import type { ReplacedValue } from '../../domain/values/formMerge';
import { counted, formatCount } from '../../domain/values/plural';
import { ErrorNotice } from '../../panels/ErrorNotice';
import { RecordsTable } from '../../panels/RecordsTable';
import { draftOf, type RecordDraft, type RecordForm } from '../../panels/review/recordsTableModel';
import { type FailedEdit, useRecordEditing } from './useRecordEditing';
import type { Review } from './useReview';

interface RecordsSectionProps {
  sampleId: string;
  review: Review;
  highlightedId: string | null;
  onHighlight: (id: string | null) => void;
  onOpenSettings: () => void;
  /** Downloads the listed records as CSV. */
  onExportCsv: (records: SpatialAnnotation[]) => void;
}

/** The text the user typed in a failed edit, to put back into the editor. */
function draftOfFailed({ record, changes }: FailedEdit): RecordDraft {
  return {
    property: changes.property_name ?? record.property_name,
    value: String(changes.property_value ?? record.property_value),
    unit:
      changes.property_unit !== undefined
        ? (changes.property_unit ?? '')
        : (record.property_unit ?? ''),
  };
}

const LABELS: Record<keyof RecordDraft, string> = {
  property: 'Property',
  value: 'Value',
  unit: 'Unit',
};

/** What a saved edit of annotation `n` replaced: values saved elsewhere while it was open. */
export function replacedNotice(n: number, replaced: readonly ReplacedValue<keyof RecordDraft>[]) {
  const shown = (v: string) => (v === '' ? '(empty)' : v);
  const list = replaced.map(
    (r) => `your ${LABELS[r.key]} ${shown(r.yours)} replaced ${shown(r.theirs)}`,
  );
  return `Saved annotation ${n}: ${list.join(' and ')}, saved elsewhere (another tab or person) while you edited.`;
}

/** Bring a notice into view when it appears: the user may have scrolled down the table. */
function useRevealWhen(ref: RefObject<HTMLElement | null>, shown: unknown) {
  useEffect(() => {
    if (shown) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [ref, shown]);
}

/** The "Stored annotations" panel: table, edit/delete notices and Undo (see the module comment). */
export function RecordsSection({
  sampleId,
  review,
  highlightedId,
  onHighlight,
  onOpenSettings,
  onExportCsv,
}: RecordsSectionProps) {
  const editing = useRecordEditing(sampleId);
  const [allProperties, setAllProperties] = useState(false);
  const [reopen, setReopen] = useState<{ id: string; form: RecordForm; nonce: number } | null>(
    null,
  );
  const [replaced, setReplaced] = useState<string | null>(null);
  const { all, property } = review;
  const records: SpatialAnnotation[] =
    allProperties || property === null ? review.allRecords : review.propertyRecords;
  const failed = editing.failedEdit;
  const failedNumber = failed ? records.findIndex((r) => r.id === failed.record.id) + 1 : 0;
  const batch = editing.lastBatch;
  const notices = useRef<HTMLDivElement>(null);
  useRevealWhen(notices, failed ?? editing.confirming ?? editing.deleteProblem ?? batch);
  return (
    <section className="panel" aria-labelledby="records-heading">
      <div className="section-heading">
        <h2 id="records-heading">Stored annotations ({formatCount(review.allRecords.length)})</h2>
        <button
          type="button"
          disabled={records.length === 0}
          onClick={() => onExportCsv(records)}
          title="Download the annotations the table lists as CSV (API field names)"
        >
          Export CSV
        </button>
      </div>
      {all.isError && (
        <ErrorNotice
          error={all.error}
          title="Could not load annotations"
          onOpenSettings={onOpenSettings}
        />
      )}
      {review.filtered.isError && (
        <ErrorNotice
          error={review.filtered.error}
          title={`Could not load ${property ?? 'the property'}`}
          onOpenSettings={onOpenSettings}
        />
      )}
      <div ref={notices}>
        {failed && (
          <div className="notice notice-error" role="alert">
            <strong>
              Could not save the change to annotation {failedNumber > 0 ? failedNumber : ''}:{' '}
            </strong>
            {describeError(failed.error)} The table shows the stored values again.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setReopen({
                  id: failed.record.id,
                  // Based on the record as it was saved: only the fields changed are sent again.
                  form: { base: draftOf(failed.record), typed: draftOfFailed(failed) },
                  nonce: Date.now(),
                });
                editing.dismissFailedEdit();
              }}
            >
              Edit again
            </button>
            <button type="button" className="link-button" onClick={editing.dismissFailedEdit}>
              Dismiss
            </button>
          </div>
        )}
        {replaced && (
          <p
            className="notice notice-warning"
            role="status"
            aria-label="Edit replaced newer values"
          >
            {replaced}{' '}
            <button type="button" className="link-button" onClick={() => setReplaced(null)}>
              Dismiss
            </button>
          </p>
        )}
        {editing.confirming && (
          <div className="notice notice-warning" role="alertdialog" aria-label="Confirm delete">
            Delete {counted(editing.confirming.length, 'annotation')} from the server? Undo stays
            available while this page is open.{' '}
            <button type="button" className="danger" onClick={editing.confirmDelete}>
              Delete
            </button>{' '}
            <button type="button" onClick={editing.cancelDelete}>
              Cancel
            </button>
          </div>
        )}
        {editing.deleting && <p className="muted">Deleting…</p>}
        {editing.deleteProblem && (
          <ErrorNotice
            error={editing.deleteProblem.error}
            title={
              isApiError(editing.deleteProblem.error) &&
              editing.deleteProblem.error.kind === 'not_supported'
                ? 'Delete is not available'
                : `${counted(editing.deleteProblem.count, 'annotation')} not deleted`
            }
            onOpenSettings={onOpenSettings}
          />
        )}
        {batch && (
          <div className="notice notice-info" role="status" aria-label="Undo delete">
            Deleted {counted(batch.records.length, 'annotation')}.{' '}
            <button
              type="button"
              disabled={editing.restoring}
              onClick={() => editing.undo(batch.id)}
            >
              {editing.restoring ? 'Restoring…' : 'Undo'}
            </button>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => editing.dismissUndo(batch.id)}
            >
              Dismiss
            </button>
          </div>
        )}
        {editing.restoreError && (
          <ErrorNotice
            error={editing.restoreError}
            title="Undo failed"
            onOpenSettings={onOpenSettings}
          />
        )}
        {editing.restored !== null && (
          <p className="notice notice-info" role="status">
            Restored {counted(editing.restored, 'annotation')} (stored again, with new ids).{' '}
            <button type="button" className="link-button" onClick={editing.dismissRestored}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {property !== null && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allProperties}
            onChange={(e) => setAllProperties(e.target.checked)}
          />
          List every property (not only {property})
        </label>
      )}
      {all.isPending ? (
        <p className="muted">Loading…</p>
      ) : (
        <RecordsTable
          records={records}
          highlightedId={highlightedId}
          onHighlight={onHighlight}
          selectedIds={review.selection.selected}
          onSelect={review.selection.select}
          onShowOnMap={review.selection.showOnMap}
          scrollTo={review.selection.scrollTo}
          savingId={editing.savingId}
          onSave={(record, changes, values) => {
            const n = records.findIndex((r) => r.id === record.id) + 1;
            setReplaced(values.length > 0 ? replacedNotice(n, values) : null);
            editing.save(record, changes);
          }}
          onDelete={editing.requestDelete}
          reopen={reopen}
        />
      )}
    </section>
  );
}
