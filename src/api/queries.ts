/**
 * Server state: query key factories and `queryOptions` for physical samples and annotations.
 * Keys hold every input of the request. Cache entries from another server or key are dropped when
 * the connection changes (src/app/connection.tsx), so the connection is not part of the key.
 */
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { ApiClient } from './client';
import { useApiClient } from './connection';
import { createLimiter } from './limiter';
import type { AnnotationFilters, SpatialAnnotation } from './schemas';

export const sampleKeys = {
  all: ['physical_samples'] as const,
  list: () => [...sampleKeys.all, 'list'] as const,
};

export const annotationKeys = {
  all: ['annotations'] as const,
  /** Every annotation query of one sample, whatever the filters (for invalidation). */
  sample: (sampleId: string) => [...annotationKeys.all, sampleId] as const,
  list: (sampleId: string, filters: AnnotationFilters = {}) =>
    [...annotationKeys.sample(sampleId), filters] as const,
};

export const samplesQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: sampleKeys.list(),
    queryFn: ({ signal }) => client.listSamples(signal),
  });

export const annotationsQuery = (
  client: ApiClient,
  sampleId: string,
  filters: AnnotationFilters = {},
) =>
  queryOptions({
    queryKey: annotationKeys.list(sampleId, filters),
    queryFn: ({ signal }) => client.listAnnotations(sampleId, filters, signal),
  });

/** All physical samples visible with the current key. */
export function useSamples() {
  return useQuery(samplesQuery(useApiClient()));
}

/** Stored annotations of one sample, optionally filtered on the server. */
export function useAnnotations(sampleId: string, filters: AnnotationFilters = {}) {
  return useQuery(annotationsQuery(useApiClient(), sampleId, filters));
}

/**
 * Stored annotations filtered on the server (`filters` become query parameters); disabled while
 * `filters` is null, or while `paused` (a bulk submit writes its records into the cached lists
 * as they are stored; asking the server meanwhile would only compete with it, and the answer
 * would be out of date at once: the list is asked for when the submit ends). `local` is the same records filtered locally from the unfiltered list: a
 * new filter starts from it as its data (so switching property never blanks the map) and asks
 * the server at once; when the answer holds the same records, structural sharing keeps the very
 * same list, so nothing computed from it (statistics, colours, 100,000 markers) is redone.
 */
export function useFilteredAnnotations(
  sampleId: string,
  filters: AnnotationFilters | null,
  local?: SpatialAnnotation[],
  paused = false,
) {
  return useQuery({
    ...annotationsQuery(useApiClient(), sampleId, filters ?? {}),
    enabled: filters !== null && !paused,
    initialData: local,
    // Stale from the start: the server's answer is always asked for.
    initialDataUpdatedAt: 0,
  });
}

/** Listing requests of many samples at once (overview rows, a comparison) share 6 places. */
const manySamplesLimiter = createLimiter(6);

/**
 * Every stored annotation of one sample (the same cache entry as `annotationsQuery` without
 * filters), fetched through the shared limit of 6 concurrent requests.
 */
export const limitedAnnotationsQuery = (client: ApiClient, sampleId: string) =>
  queryOptions({
    queryKey: annotationKeys.list(sampleId),
    queryFn: ({ signal }) =>
      manySamplesLimiter(() => client.listAnnotations(sampleId, {}, signal), signal),
  });

/**
 * Stored annotations of several samples, loaded in parallel at most 6 at a time; one query
 * result per id, in the order given. `enabled: false` loads nothing (e.g. rows not in view).
 */
export function useAnnotationsOfSamples(sampleIds: readonly string[], enabled = true) {
  const client = useApiClient();
  return useQueries({
    queries: sampleIds.map((id) => ({ ...limitedAnnotationsQuery(client, id), enabled })),
  });
}
