/** Creating a physical sample from the overview: the answer goes into the samples cache. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sampleKeys } from '../../api/queries';
import { writeSampleToCache } from '../../api/sampleMutations';
import type { PhysicalSample } from '../../api/schemas';
import { useApiClient } from '../connection';

/** `mutate(name)` creates the sample; `onCreated` runs with the server's answer (e.g. open it). */
export function useCreateSample(onCreated: (sample: PhysicalSample) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['physical_samples', 'create'],
    retry: false,
    mutationFn: (name: string) => client.createSample(name),
    onSuccess: (sample) => {
      writeSampleToCache(queryClient, sample);
      void queryClient.invalidateQueries({ queryKey: sampleKeys.all });
      onCreated(sample);
    },
  });
}
