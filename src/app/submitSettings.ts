/** Submit settings, shared by all samples: chunk size and the resubmit token. */
import { z } from 'zod';
import { DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE } from '../api/submit';
import { usePersistentState } from './persistent';

const SubmitSettings = z.object({
  chunkSize: z.number().int().min(1).max(MAX_CHUNK_SIZE),
  tokens: z.boolean(),
});
export type SubmitSettings = z.infer<typeof SubmitSettings>;

export function useSubmitSettings() {
  return usePersistentState('wafer-annotator:submit-settings', SubmitSettings, () => ({
    chunkSize: DEFAULT_CHUNK_SIZE,
    tokens: true,
  }));
}
