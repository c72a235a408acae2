/**
 * Server state: query key factories and `queryOptions` for physical samples and annotations.
 * Keys hold every input of the request. Cache entries from another server or key are dropped when
 * the connection changes (src/app/connection.tsx), so the connection is not part of the key.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../app/connection';
import type { ApiClient } from './client';
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
 * `filters` is null. `placeholder` (the same records filtered locally from the unfiltered list)
 * shows while the filtered request is in flight, so switching property never blanks the map.
 */
export function useFilteredAnnotations(
  sampleId: string,
  filters: AnnotationFilters | null,
  placeholder?: SpatialAnnotation[],
) {
  return useQuery({
    ...annotationsQuery(useApiClient(), sampleId, filters ?? {}),
    enabled: filters !== null,
    placeholderData: placeholder,
  });
}
