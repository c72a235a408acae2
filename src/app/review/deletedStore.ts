/**
 * Records deleted on this page, per sample, so "Undo" can store them again for as long as the
 * page stays open, even after switching to another sample and back. Memory only: after a reload
 * the offer is gone (the records are gone from the server too, and saying otherwise would lie).
 */
import { useSyncExternalStore } from 'react';
import type { SpatialAnnotation } from '../../api/schemas';

/** One delete the user can undo. */
export interface DeletedBatch {
  id: number;
  records: SpatialAnnotation[];
}

const batches = new Map<string, DeletedBatch[]>();
const listeners = new Set<() => void>();
const NONE: DeletedBatch[] = [];
let nextId = 1;

const emit = () => {
  for (const l of listeners) l();
};

/** The store itself: push a delete, remove a batch, read and subscribe per sample. */
export const deletedStore = {
  /** Remember a delete; the newest batch is offered for undo first. */
  push(sampleId: string, records: SpatialAnnotation[]): void {
    batches.set(sampleId, [...(batches.get(sampleId) ?? NONE), { id: nextId++, records }]);
    emit();
  },
  /** Forget a batch (undone, or dismissed by the user). */
  remove(sampleId: string, batchId: number): void {
    batches.set(
      sampleId,
      (batches.get(sampleId) ?? NONE).filter((b) => b.id !== batchId),
    );
    emit();
  },
  get: (sampleId: string): DeletedBatch[] => batches.get(sampleId) ?? NONE,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The undoable deletes of one sample, oldest first. */
export function useDeletedBatches(sampleId: string): DeletedBatch[] {
  return useSyncExternalStore(deletedStore.subscribe, () => deletedStore.get(sampleId));
}
