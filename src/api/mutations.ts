/**
 * Mutations of stored annotations. Side effects that must happen (unstaging what was stored,
 * updating the cache) live in the `useMutation` options, which run even when the component that
 * started the mutation has unmounted (the user switched sample while a submit was in flight).
 * Mutations never auto-retry: a POST is not idempotent.
 */
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../app/connection';
import { stagingStore } from '../app/stagingStore';
import { submitProgress } from '../app/submitProgress';
import { annotationKeys } from './queries';
import type { SpatialAnnotation } from './schemas';
import { runSubmit, type SubmitPlan } from './submit';
import { SubmitLedger } from './submitLedger';

/**
 * Put freshly stored records into the cache: cancel in-flight refetches of the sample's
 * annotations (a stale GET must not overwrite them) and append them to the unfiltered list. The
 * caller invalidates once at the end, so every filtered view refetches.
 */
export async function writeStoredRecords(
  queryClient: QueryClient,
  sampleId: string,
  records: SpatialAnnotation[],
): Promise<void> {
  await queryClient.cancelQueries({ queryKey: annotationKeys.sample(sampleId) });
  queryClient.setQueryData<SpatialAnnotation[]>(annotationKeys.list(sampleId), (old) =>
    old ? [...old, ...records] : records,
  );
}

/** Key of a sample's submits, so any view of the sample can see one is in flight. */
export const bulkMutationKey = (sampleId: string) => ['annotations', 'bulk', sampleId] as const;

/**
 * Submit a sample's staged annotations (see `runSubmit`: chunks, resubmit tokens,
 * reconciliation). Each acknowledged chunk is unstaged and cached as it arrives, inside the
 * mutation function, so a failure at chunk k leaves chunks 1..k−1 stored and unstaged. While the
 * browser is offline the mutation is paused (React Query's `networkMode: 'online'`) and runs once
 * when the connection returns.
 */
export function useSubmitAnnotations(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: bulkMutationKey(sampleId),
    retry: false,
    networkMode: 'online',
    mutationFn: (plan: SubmitPlan) =>
      runSubmit(plan, {
        client,
        ledger: new SubmitLedger(localStorage, plan.sampleId),
        newBatchId: () => crypto.randomUUID(),
        onStored: async (localIds, records) => {
          stagingStore.dispatch(plan.sampleId, { type: 'remove', localIds });
          await writeStoredRecords(queryClient, plan.sampleId, records);
        },
        onReconciled: (localIds) =>
          stagingStore.dispatch(plan.sampleId, { type: 'remove', localIds }),
        onProgress: (p) => submitProgress.set(plan.sampleId, p),
        shouldCancel: () => submitProgress.cancelRequested(plan.sampleId),
      }),
    onSettled: (_data, _error, plan) => {
      submitProgress.set(plan.sampleId, null);
      void queryClient.invalidateQueries({ queryKey: annotationKeys.sample(plan.sampleId) });
    },
  });
}
