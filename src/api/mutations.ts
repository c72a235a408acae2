/**
 * Mutations of stored annotations. Side effects that must happen (updating the cache) live in
 * the `useMutation` options, which run even when the component that started the mutation has
 * unmounted. Mutations never auto-retry: a POST is not idempotent. (The submit of staged
 * annotations, which also needs the draft and the cross-tab lock, is `app/submitMutation.ts`.)
 */
import {
  notifyManager,
  type QueryClient,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { recordToCreate } from './annotationCache';
import {
  applyOptimisticUpdate,
  removeRecordsFromCache,
  restoreSnapshot,
  writeRecordsToCache,
} from './cacheWrites';
import { useApiClient } from './connection';
import { isApiError } from './errors';
import { annotationKeys } from './queries';
import { type AnnotationUpdate, MAX_BULK_ANNOTATIONS, type SpatialAnnotation } from './schemas';

/**
 * Put freshly stored records into the cache: cancel in-flight refetches of the sample's
 * annotations (a stale GET must not overwrite them), and add them to the unfiltered list (created
 * when not cached yet) and to every filtered list they match. The caller invalidates once at the
 * end, so every view refetches. `alongside` runs in the same notification flush as the views
 * hear of the new records, so React renders both changes together, once. Resolves once both are
 * done; rejects with what `alongside` threw.
 */
export async function writeStoredRecords(
  queryClient: QueryClient,
  sampleId: string,
  records: SpatialAnnotation[],
  alongside: () => void = () => undefined,
): Promise<void> {
  await queryClient.cancelQueries({ queryKey: annotationKeys.sample(sampleId) });
  await new Promise<void>((resolve, reject) => {
    notifyManager.batch(() => {
      if (!queryClient.getQueryData(annotationKeys.list(sampleId))) {
        queryClient.setQueryData<SpatialAnnotation[]>(annotationKeys.list(sampleId), []);
      }
      writeRecordsToCache(queryClient, sampleId, records);
      // Queued behind the observers' notifications of this batch: delivered in the same flush.
      notifyManager.schedule(() => {
        try {
          alongside();
          resolve();
        } catch (error) {
          reject(error);
        }
      });
    });
  });
}

/** One record's PATCH. */
export interface UpdateVariables {
  annotationId: string;
  /** Only the fields that change. */
  changes: AnnotationUpdate;
}

/**
 * Edit one stored annotation with `PATCH`, optimistically: every cached list shows the change
 * at once; on failure every list is put back as it was (the error stays on the mutation for the
 * UI to show); on success the server's record replaces the guess. Always refetches afterwards.
 */
export function useUpdateAnnotation(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['annotations', 'update', sampleId],
    retry: false,
    mutationFn: ({ annotationId, changes }: UpdateVariables) =>
      client.updateAnnotation(sampleId, annotationId, changes),
    onMutate: ({ annotationId, changes }) =>
      applyOptimisticUpdate(queryClient, sampleId, annotationId, changes),
    onError: (_error, _variables, snapshot) => {
      if (snapshot) restoreSnapshot(queryClient, snapshot);
    },
    onSuccess: (record) => writeRecordsToCache(queryClient, sampleId, [record]),
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.sample(sampleId) }),
  });
}

/** What a delete of several records achieved; failures keep their error for the message. */
export interface DeleteOutcome {
  deleted: SpatialAnnotation[];
  failed: { record: SpatialAnnotation; error: unknown }[];
}

/**
 * Delete stored annotations one `DELETE` each (the API has no bulk delete), in order. Throws the
 * first error when nothing could be deleted; a server without DELETE ('not_supported') stops
 * the loop, since every further request would fail the same way. Deleted records leave every
 * cached list at once.
 */
export function useDeleteAnnotations(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['annotations', 'delete', sampleId],
    retry: false,
    mutationFn: async (records: SpatialAnnotation[]): Promise<DeleteOutcome> => {
      const outcome: DeleteOutcome = { deleted: [], failed: [] };
      for (const record of records) {
        try {
          await client.deleteAnnotation(sampleId, record.id);
          outcome.deleted.push(record);
        } catch (error) {
          outcome.failed.push({ record, error });
          if (isApiError(error) && error.kind === 'not_supported') break;
        }
      }
      if (outcome.deleted.length === 0 && outcome.failed[0]) throw outcome.failed[0].error;
      return outcome;
    },
    onSuccess: async ({ deleted }) => {
      await queryClient.cancelQueries({ queryKey: annotationKeys.sample(sampleId) });
      removeRecordsFromCache(queryClient, sampleId, new Set(deleted.map((r) => r.id)));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.sample(sampleId) }),
  });
}

/**
 * Store deleted records again ("Undo"): the same fields through the bulk endpoint, in requests of
 * at most MAX_BULK_ANNOTATIONS. The new records get new ids from the server.
 */
export function useRestoreAnnotations(sampleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['annotations', 'restore', sampleId],
    retry: false,
    mutationFn: async (records: SpatialAnnotation[]) => {
      const created: SpatialAnnotation[] = [];
      for (let i = 0; i < records.length; i += MAX_BULK_ANNOTATIONS) {
        const chunk = records.slice(i, i + MAX_BULK_ANNOTATIONS).map(recordToCreate);
        created.push(...(await client.bulkCreateAnnotations(sampleId, chunk)));
      }
      return created;
    },
    onSuccess: (created) => writeStoredRecords(queryClient, sampleId, created),
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.sample(sampleId) }),
  });
}
