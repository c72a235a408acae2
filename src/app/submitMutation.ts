/**
 * The submit of a sample's staged annotations as a React Query mutation (see `submitStaged`: one
 * submit per sample across all tabs, the draft and ledger read fresh under the lock). What was
 * stored is marked in the draft and cached inside the mutation function, so it happens even if
 * the view that started it has unmounted. Paused while offline (`networkMode: 'online'`); never
 * retried (a POST is not idempotent).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { writeStoredRecords } from '../api/mutations';
import { annotationKeys } from '../api/queries';
import { useApiClient } from './connection';
import { stagingStore } from './drafts';
import { nextFrame } from './frameBatch';
import { storageNotices } from './storageNotices';
import type { LockApi, SubmitLockEnv } from './submitLock';
import { submitProgress } from './submitProgress';
import { type SubmitRequest, submitStaged } from './submitStaged';

export type { SubmitRequest, TabSubmitOutcome } from './submitStaged';

/** Key of a sample's submits, so any view of the sample can see one is in flight. */
export const bulkMutationKey = (sampleId: string) => ['annotations', 'bulk', sampleId] as const;

/** The browser's lock environment: Web Locks, or the localStorage lease where they are missing. */
export function browserLockEnv(): SubmitLockEnv {
  const locks = (globalThis.navigator as { locks?: LockApi } | undefined)?.locks ?? null;
  return { locks, lease: { storage: localStorage, owner: stagingStore.tab } };
}

export const LEDGER_UNSAVED =
  'The resubmit ledger could not be updated in this browser (storage full or blocked). Annotations just sent will be checked against the server when this sample is next opened.';

/**
 * The mutation that submits a sample's staged annotations (`mutate(SubmitRequest)`). Cancel
 * (`submitProgress.requestCancel`) stops a submit waiting for another tab at once, and a
 * running one after the chunk in flight.
 */
export function useSubmitAnnotations(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: bulkMutationKey(sampleId),
    retry: false,
    networkMode: 'online',
    mutationFn: (req: SubmitRequest) => {
      // Cancel while waiting for another tab's submit leaves the queue at once.
      const waiting = new AbortController();
      const stop = submitProgress.subscribe(() => {
        if (submitProgress.cancelRequested(req.sampleId)) waiting.abort();
      });
      return submitStaged(
        req,
        {
          store: stagingStore,
          client,
          ledgerStorage: localStorage,
          locks: browserLockEnv(),
          cacheRecords: (records, alongside) =>
            writeStoredRecords(queryClient, req.sampleId, records, alongside),
          onProgress: (p) => submitProgress.set(req.sampleId, p),
          shouldCancel: () => submitProgress.cancelRequested(req.sampleId),
          onLedgerUnsaved: () => storageNotices.report(`ledger:${req.sampleId}`, LEDGER_UNSAVED),
          rendered: () => new Promise<void>((resolve) => void nextFrame()(resolve)),
        },
        () => submitProgress.set(req.sampleId, { phase: 'waiting', sent: 0, total: 0 }),
        waiting.signal,
      ).finally(stop);
    },
    onSettled: (_data, _error, req) => {
      submitProgress.set(req.sampleId, null);
      void queryClient.invalidateQueries({ queryKey: annotationKeys.sample(req.sampleId) });
    },
  });
}
