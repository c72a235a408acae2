/**
 * Mutations of stored annotations. Side effects that must happen (unstaging what was stored,
 * updating the cache) live in the `useMutation` options, which run even when the component that
 * started the mutation has unmounted (the user switched sample while a submit was in flight).
 * Mutations never auto-retry: a POST is not idempotent.
 */
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../app/connection';
import { stagingStore } from '../app/stagingStore';
import type { StagedAnnotation } from '../domain/staging/staged';
import { annotationKeys } from './queries';
import type { SpatialAnnotation } from './schemas';
import { type SubmitFrame, stagedToAnnotationCreate } from './toRequest';

export interface BulkSubmitVariables {
  sampleId: string;
  /** Staged annotations in the order sent; a 422 row index refers to this order. */
  staged: StagedAnnotation[];
  /** Frame the coordinates are written in. */
  target: SubmitFrame;
}

/**
 * Put freshly stored records into the cache: cancel in-flight refetches of the sample's
 * annotations (a stale GET must not overwrite them), append them to the unfiltered list, then
 * invalidate so every filtered view refetches.
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
  void queryClient.invalidateQueries({ queryKey: annotationKeys.sample(sampleId) });
}

/** Key of a sample's bulk submits, so any view of the sample can see one is in flight. */
export const bulkMutationKey = (sampleId: string) => ['annotations', 'bulk', sampleId] as const;

/** Submit a sample's staged annotations in one `POST .../annotations/bulk`. */
export function useBulkCreateAnnotations(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: bulkMutationKey(sampleId),
    retry: false,
    mutationFn: ({ sampleId, staged, target }: BulkSubmitVariables) =>
      client.bulkCreateAnnotations(
        sampleId,
        staged.map((s) => stagedToAnnotationCreate(s, target)),
      ),
    onSuccess: async (records, { sampleId, staged }) => {
      // Only what was sent is unstaged: points staged while the request was in flight stay.
      stagingStore.dispatch(sampleId, { type: 'remove', localIds: staged.map((s) => s.localId) });
      await writeStoredRecords(queryClient, sampleId, records);
    },
  });
}
