/**
 * Cassette imports of this connection that stopped before the end (a failure, Cancel, a reload),
 * for the overview's "Resume" offer. Light: the job store only, not the importer.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useConnection } from '../connection';
import { type ImportJob, jobFinished, jobStore } from './importJob';

const jobsKey = (baseUrl: string) => ['cassette-jobs', baseUrl] as const;

/** The unfinished jobs (oldest first), and functions to discard one or read them again. */
export function useUnfinishedImports() {
  const { settings } = useConnection();
  const queryClient = useQueryClient();
  const key = jobsKey(settings.baseUrl);
  const jobs = useQuery({
    queryKey: key,
    queryFn: async () =>
      (await jobStore.list()).filter((j) => j.baseUrl === settings.baseUrl && !jobFinished(j)),
    staleTime: 0,
  });
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: ['cassette-jobs'] }),
    [queryClient],
  );
  const discard = useCallback(
    async (id: string) => {
      await jobStore.remove(id);
      await refresh();
    },
    [refresh],
  );
  return { jobs: jobs.data ?? ([] as ImportJob[]), refresh, discard };
}
