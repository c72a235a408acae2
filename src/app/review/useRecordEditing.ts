/**
 * Editing stored records from the review: inline edits (optimistic PATCH, rolled back with the
 * message and the typed values kept for another try), deletes after a confirmation, and "Undo"
 * of a delete (the same records stored again) while the page stays open.
 */
import { useState } from 'react';
import { isApiError } from '../../api/errors';
import {
  useDeleteAnnotations,
  useRestoreAnnotations,
  useUpdateAnnotation,
} from '../../api/mutations';
import type { AnnotationUpdate, SpatialAnnotation } from '../../api/schemas';
import { deletedStore, useDeletedBatches } from './deletedStore';

/** An edit the server refused: what was typed, so the user can try again. */
export interface FailedEdit {
  record: SpatialAnnotation;
  changes: AnnotationUpdate;
  error: unknown;
}

/** Edit, delete and undo state of one sample's stored records, with the messages to show. */
export function useRecordEditing(sampleId: string) {
  const update = useUpdateAnnotation(sampleId);
  const remove = useDeleteAnnotations(sampleId);
  const restore = useRestoreAnnotations(sampleId);
  const batches = useDeletedBatches(sampleId);
  const [failedEdit, setFailedEdit] = useState<FailedEdit | null>(null);
  const [confirming, setConfirming] = useState<SpatialAnnotation[] | null>(null);
  const [deleteProblem, setDeleteProblem] = useState<{ error: unknown; count: number } | null>(
    null,
  );
  const [restored, setRestored] = useState<number | null>(null);

  const save = (record: SpatialAnnotation, changes: AnnotationUpdate) => {
    setFailedEdit(null);
    update.mutate(
      { annotationId: record.id, changes },
      { onError: (error) => setFailedEdit({ record, changes, error }) },
    );
  };

  const confirmDelete = () => {
    const records = confirming;
    setConfirming(null);
    if (!records || records.length === 0) return;
    setDeleteProblem(null);
    setRestored(null);
    remove.mutate(records, {
      onSuccess: ({ deleted, failed }) => {
        deletedStore.push(sampleId, deleted);
        const first = failed[0];
        if (first) setDeleteProblem({ error: first.error, count: failed.length });
      },
      onError: (error) => setDeleteProblem({ error, count: records.length }),
    });
  };

  const undo = (batchId: number) => {
    const batch = batches.find((b) => b.id === batchId);
    if (!batch) return;
    restore.mutate(batch.records, {
      onSuccess: (created) => {
        deletedStore.remove(sampleId, batchId);
        setRestored(created.length);
      },
    });
  };

  return {
    save,
    /** Ids with a PATCH in flight. */
    savingId: update.isPending ? (update.variables?.annotationId ?? null) : null,
    failedEdit,
    dismissFailedEdit: () => setFailedEdit(null),
    /** Ask before deleting; the records wait here until confirmed or cancelled. */
    requestDelete: (records: SpatialAnnotation[]) =>
      setConfirming(records.length > 0 ? records : null),
    confirming,
    confirmDelete,
    cancelDelete: () => setConfirming(null),
    deleting: remove.isPending,
    deleteProblem,
    deleteNotSupported:
      isApiError(deleteProblem?.error) && deleteProblem.error.kind === 'not_supported',
    dismissDeleteProblem: () => setDeleteProblem(null),
    lastBatch: batches.at(-1) ?? null,
    undo,
    dismissUndo: (batchId: number) => deletedStore.remove(sampleId, batchId),
    restoring: restore.isPending,
    restoreError: restore.isError ? restore.error : null,
    restored,
    dismissRestored: () => setRestored(null),
  };
}

/** What useRecordEditing returns. */
export type RecordEditing = ReturnType<typeof useRecordEditing>;
