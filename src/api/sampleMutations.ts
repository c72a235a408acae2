/**
 * Changing a physical sample (`PATCH /physical_samples/{id}`) and putting the server's answer in
 * the samples cache, so every view of the sample (the picker, the open workspace) sees the new
 * name and metadata at once.
 */
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from './connection';
import { sampleKeys } from './queries';
import type { PhysicalSample, PhysicalSampleUpdate } from './schemas';

/**
 * `old` updated with the server's `answer`: every field the answer carries wins, except a null
 * that the answer holds only because its shape lacks the field (Atomscale's update answer has no
 * `owner_name`), which keeps the old value. Metadata the answer omits keeps the old metadata.
 */
export function mergeSampleAnswer(old: PhysicalSample, answer: PhysicalSample): PhysicalSample {
  const merged: PhysicalSample = { ...old };
  for (const [key, value] of Object.entries(answer) as [keyof PhysicalSample, unknown][]) {
    if (value !== null && value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (answer.physical_sample_metadata === null) merged.physical_sample_metadata = null;
  return merged;
}

/** Put a sample the server answered into the cached samples list (added if not listed). */
export function writeSampleToCache(queryClient: QueryClient, answer: PhysicalSample): void {
  queryClient.setQueryData<PhysicalSample[]>(sampleKeys.list(), (old) => {
    if (!old) return old;
    const index = old.findIndex((s) => s.id === answer.id);
    if (index < 0) return [...old, answer];
    return old.map((s, i) => (i === index ? mergeSampleAnswer(s, answer) : s));
  });
}

/** Variables of useUpdateSample. */
export interface SampleUpdateVariables {
  sampleId: string;
  changes: PhysicalSampleUpdate;
}

/**
 * `PATCH /physical_samples/{id}`; on success the answer replaces the sample in the samples cache
 * (in-flight list refetches are cancelled first, so an older list cannot overwrite it). Never
 * retries: the caller decides (a refused PATCH means "keep it in this browser").
 */
export function useUpdateSample() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['physical_samples', 'update'],
    retry: false,
    mutationFn: ({ sampleId, changes }: SampleUpdateVariables) =>
      client.updateSample(sampleId, changes),
    onSuccess: async (answer) => {
      await queryClient.cancelQueries({ queryKey: sampleKeys.list() });
      writeSampleToCache(queryClient, answer);
    },
  });
}

/**
 * `POST /physical_samples/` with a name; on success the new sample is added to the samples
 * cache (and the list refetched), so the picker lists it at once. Never retries.
 */
export function useCreateSample() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['physical_samples', 'create'],
    retry: false,
    mutationFn: (name: string) => client.createSample(name),
    onSuccess: (sample) => {
      // Created even when the list is not cached (it failed to load): the new sample opens.
      if (!queryClient.getQueryData(sampleKeys.list())) {
        queryClient.setQueryData<PhysicalSample[]>(sampleKeys.list(), []);
      }
      writeSampleToCache(queryClient, sample);
      void queryClient.invalidateQueries({ queryKey: sampleKeys.all });
    },
  });
}
