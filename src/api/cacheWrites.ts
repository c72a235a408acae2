/**
 * Writing annotation changes into every cached list of a sample (the unfiltered list and each
 * filtered one), for the edit, delete and undo mutations. Kept apart from the hooks so the
 * optimistic update and its rollback are tested against a real QueryClient without React.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { applyUpdate, removeRecords, upsertRecords } from './annotationCache';
import { annotationKeys } from './queries';
import type { AnnotationFilters, AnnotationUpdate, SpatialAnnotation } from './schemas';

/** Cached lists of a sample as they were, to put back when a mutation fails. */
export type CacheSnapshot = [QueryKey, SpatialAnnotation[] | undefined][];

/** The filters a list key was built with (annotationKeys.list puts them third). */
function filtersOf(key: QueryKey): AnnotationFilters {
  const filters = key[2];
  return typeof filters === 'object' && filters !== null ? (filters as AnnotationFilters) : {};
}

/** Apply `edit` to every cached annotation list of the sample that holds data. */
function editLists(
  queryClient: QueryClient,
  sampleId: string,
  edit: (list: SpatialAnnotation[], filters: AnnotationFilters) => SpatialAnnotation[],
): void {
  const lists = queryClient.getQueriesData<SpatialAnnotation[]>({
    queryKey: annotationKeys.sample(sampleId),
  });
  for (const [key, list] of lists) {
    if (list) queryClient.setQueryData<SpatialAnnotation[]>(key, edit(list, filtersOf(key)));
  }
}

/** Write records (new or changed) into every cached list of the sample they belong to. */
export function writeRecordsToCache(
  queryClient: QueryClient,
  sampleId: string,
  records: readonly SpatialAnnotation[],
): void {
  editLists(queryClient, sampleId, (list, filters) => upsertRecords(list, filters, records));
}

/** Remove records by id from every cached list of the sample. */
export function removeRecordsFromCache(
  queryClient: QueryClient,
  sampleId: string,
  ids: ReadonlySet<string>,
): void {
  editLists(queryClient, sampleId, (list) => removeRecords(list, ids));
}

/**
 * Optimistic PATCH: cancel in-flight fetches of the sample's lists (a stale answer must not
 * overwrite the change), snapshot every list, then show the record as the server is expected
 * to answer. Returns the snapshot for restoreSnapshot.
 */
export async function applyOptimisticUpdate(
  queryClient: QueryClient,
  sampleId: string,
  annotationId: string,
  changes: AnnotationUpdate,
): Promise<CacheSnapshot> {
  await queryClient.cancelQueries({ queryKey: annotationKeys.sample(sampleId) });
  const snapshot = queryClient.getQueriesData<SpatialAnnotation[]>({
    queryKey: annotationKeys.sample(sampleId),
  });
  const current = snapshot.flatMap(([, list]) => list ?? []).find((r) => r.id === annotationId);
  if (current) writeRecordsToCache(queryClient, sampleId, [applyUpdate(current, changes)]);
  return snapshot;
}

/** Put every list of a snapshot back as it was. */
export function restoreSnapshot(queryClient: QueryClient, snapshot: CacheSnapshot): void {
  for (const [key, list] of snapshot) queryClient.setQueryData(key, list);
}
