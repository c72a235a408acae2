/**
 * The submit of a sample's staged annotations as a React Query mutation, run under the sample's
 * submit lock (one submit per sample across all tabs). Under the lock it reads the shared draft
 * and the ledger fresh, so a tab that waited sends only what is still unstored. Each
 * acknowledged chunk is marked stored in the draft and cached as it arrives, inside the mutation
 * function, so it happens even if the view that started it has unmounted. Paused while offline
 * (`networkMode: 'online'`); never retried (a POST is not idempotent).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { writeStoredRecords } from '../api/mutations';
import { annotationKeys } from '../api/queries';
import { runSubmit, type StoredRef, type SubmitOutcome, type SubmitPlan } from '../api/submit';
import { SubmitLedger } from '../api/submitLedger';
import type { SubmitFrame } from '../api/toRequest';
import type { StoredAnnotation } from '../domain/staging/localChanges';
import type { StagedAnnotation } from '../domain/staging/staged';
import { useApiClient } from './connection';
import { stagingStore } from './drafts';
import { storageNotices } from './storageNotices';
import { type LockApi, type SubmitLockEnv, withSubmitLock } from './submitLock';
import { submitProgress } from './submitProgress';

/** Key of a sample's submits, so any view of the sample can see one is in flight. */
export const bulkMutationKey = (sampleId: string) => ['annotations', 'bulk', sampleId] as const;

export interface SubmitRequest {
  sampleId: string;
  target: SubmitFrame;
  chunkSize: number;
  tokens: boolean;
  /** Send even though the resubmit ledger cannot be saved (the user chose to). */
  withoutLedger?: boolean;
  /** Which staged annotations may be sent (e.g. inside the outline); others stay staged. */
  accept?: (a: StagedAnnotation) => boolean;
}

export interface TabSubmitOutcome extends SubmitOutcome {
  /** Stored, but edited (in some tab) while in flight: still staged, corrected next time. */
  editedInFlight: number;
  /** Nothing was left to send when the lock was ours (another tab stored it all). */
  nothingLeft: boolean;
  /** Staged annotations left out by `accept`. */
  leftOut: number;
}

/** The browser's lock environment: Web Locks, or the localStorage lease where they are missing. */
export function browserLockEnv(): SubmitLockEnv {
  const locks = (globalThis.navigator as { locks?: LockApi } | undefined)?.locks ?? null;
  return { locks, lease: { storage: localStorage, owner: stagingStore.tab } };
}

export const LEDGER_UNSAVED =
  'The resubmit ledger could not be updated in this browser (storage full or blocked). Annotations just sent will be checked against the server when this sample is next opened.';

/** Marks for the draft from what a submit learned was stored. */
export function marksOf(sampleId: string, refs: StoredRef[]): StoredAnnotation[] {
  return refs.flatMap(({ localId, recordId, batch, index, rev }) => {
    const sent = rev ?? stagingStore.revisionOf(sampleId, localId);
    if (!sent) return [];
    return [{ localId, mark: { rev: sent, by: stagingStore.tab, recordId, batch, index } }];
  });
}

export function useSubmitAnnotations(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const submitUnderLock = async (req: SubmitRequest): Promise<TabSubmitOutcome> => {
    const id = req.sampleId;
    await stagingStore.whenLoaded(id);
    await stagingStore.refresh(id);
    const all = stagingStore.getState(id).annotations;
    const staged = req.accept ? all.filter(req.accept) : all;
    const extra = { editedInFlight: 0, nothingLeft: staged.length === 0, leftOut: 0 };
    extra.leftOut = all.length - staged.length;
    const revisions = new Map(
      staged.map((a) => [a.localId, stagingStore.revisionOf(id, a.localId)]),
    );
    const mark = (refs: StoredRef[]) => {
      extra.editedInFlight += stagingStore.markStored(id, marksOf(id, refs), true).length;
    };
    const plan: SubmitPlan = {
      sampleId: id,
      staged,
      target: req.target,
      chunkSize: req.chunkSize,
      tokens: req.tokens,
      withoutLedger: req.withoutLedger,
      revisionOf: (localId) => revisions.get(localId) ?? null,
    };
    try {
      const outcome = await runSubmit(plan, {
        client,
        ledger: new SubmitLedger(localStorage, id),
        newBatchId: () => crypto.randomUUID(),
        storedEarlier: (localId) => stagingStore.storedMark(id, localId),
        // Unstaged in the same tick as the records are cached: one render, one map redraw.
        onStored: (refs, records) => writeStoredRecords(queryClient, id, records, () => mark(refs)),
        onReconciled: mark,
        onCorrected: (ref, record) =>
          writeStoredRecords(queryClient, id, [record], () => mark([ref])),
        onProgress: (p) => submitProgress.set(id, p),
        shouldCancel: () => submitProgress.cancelRequested(id),
        persistStaged: () => stagingStore.flush(),
        onLedgerUnsaved: () => storageNotices.report(`ledger:${id}`, LEDGER_UNSAVED),
      });
      return { ...outcome, ...extra };
    } finally {
      // The next tab to take the lock reads the draft from storage: it must be there.
      await stagingStore.flush();
    }
  };
  return useMutation({
    mutationKey: bulkMutationKey(sampleId),
    retry: false,
    networkMode: 'online',
    mutationFn: (req: SubmitRequest) =>
      withSubmitLock(
        req.sampleId,
        browserLockEnv(),
        () => submitProgress.set(req.sampleId, { phase: 'waiting', sent: 0, total: 0 }),
        () => submitUnderLock(req),
      ),
    onSettled: (_data, _error, req) => {
      submitProgress.set(req.sampleId, null);
      void queryClient.invalidateQueries({ queryKey: annotationKeys.sample(req.sampleId) });
    },
  });
}
