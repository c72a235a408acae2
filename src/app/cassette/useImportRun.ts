/**
 * Running a cassette import job in this page: saved first (so a reload can resume it), run under
 * a per-job lock (a second tab resuming the same job is told so instead of racing it), with the
 * browser's draft store, the safe submit (submitStaged) and the query cache, and one progress
 * for the whole job. Cancel stops after the request in flight; the job stays resumable.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { writeStoredRecords } from '../../api/mutations';
import { annotationKeys, sampleKeys } from '../../api/queries';
import { writeSampleToCache } from '../../api/sampleMutations';
import { SAMPLE_FRAME } from '../../api/toRequest';
import { emptySetup } from '../../domain/setup/setup';
import { useApiClient } from '../connection';
import { stagingStore } from '../drafts';
import { writeBrowserCopy } from '../setup/browserSetup';
import { storageNotices } from '../storageNotices';
import { browserLockEnv, LEDGER_UNSAVED } from '../submitMutation';
import { useSubmitSettings } from '../submitSettings';
import { submitStaged } from '../submitStaged';
import { type ImportJob, jobStore } from './importJob';
import { type RunProgress, type RunResult, runImportJob } from './runImport';

export type RunStatus = 'idle' | 'running' | 'finished' | 'cancelled' | 'failed';

export interface ImportRunState {
  status: RunStatus;
  job: ImportJob | null;
  progress: RunProgress | null;
  cancelling: boolean;
  error: string | null;
}

const IDLE: ImportRunState = {
  status: 'idle',
  job: null,
  progress: null,
  cancelling: false,
  error: null,
};

interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    cb: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** Run `task` holding the job's lock; null when another tab holds it (or runs it now). */
async function withJobLock<T>(jobId: string, task: () => Promise<T>): Promise<T | null> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (!locks) return task();
  return locks.request(`wafer-annotator:cassette-job:${jobId}`, { ifAvailable: true }, (lock) =>
    lock === null ? Promise.resolve(null) : task(),
  );
}

export function useImportRun() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [settings] = useSubmitSettings();
  const [state, setState] = useState<ImportRunState>(IDLE);
  const cancel = useRef(false);

  const start = useCallback(
    async (job: ImportJob) => {
      cancel.current = false;
      setState({ ...IDLE, status: 'running', job });
      const submit = (
        sampleId: string,
        accept: (id: string) => boolean,
        onSent: (n: number) => void,
      ) =>
        submitStaged(
          {
            sampleId,
            target: SAMPLE_FRAME,
            chunkSize: settings.chunkSize,
            tokens: true,
            accept: (a) => accept(a.localId),
          },
          {
            store: stagingStore,
            client,
            ledgerStorage: localStorage,
            locks: browserLockEnv(),
            cacheRecords: (records, alongside) =>
              writeStoredRecords(queryClient, sampleId, records, alongside),
            onProgress: (p) => onSent(p.sent),
            shouldCancel: () => cancel.current,
            onLedgerUnsaved: () => storageNotices.report(`ledger:${sampleId}`, LEDGER_UNSAVED),
          },
          () => undefined,
        ).finally(
          () => void queryClient.invalidateQueries({ queryKey: annotationKeys.sample(sampleId) }),
        );
      let result: RunResult | null;
      try {
        await jobStore.save(job);
        result = await withJobLock(job.id, () =>
          runImportJob(job, {
            client,
            store: stagingStore,
            // Every step saved is shown too (the wafers' states under the progress bar).
            jobs: {
              ...jobStore,
              save: async (saved) => {
                await jobStore.save(saved);
                setState((s) => ({ ...s, job: saved }));
              },
            },
            submit,
            onProgress: (progress) => setState((s) => ({ ...s, progress })),
            shouldCancel: () => cancel.current,
            onSample: (sample) => writeSampleToCache(queryClient, sample),
            keepOutlineLocally: (sampleId, outline) =>
              writeBrowserCopy(sampleId, {
                setup: { ...emptySetup(new Date()), outline },
                synced: false,
              }),
          }),
        );
      } catch (e) {
        // The job could not even be saved (storage refused): nothing was sent.
        const error = e instanceof Error ? e.message : String(e);
        setState((s) => ({ ...s, status: 'failed', error }));
        return;
      }
      void queryClient.invalidateQueries({ queryKey: sampleKeys.all });
      if (result === null) {
        setState((s) => ({
          ...s,
          status: 'failed',
          error:
            'This import is running already (in another tab, or still in this one): wait for it to finish, then look again.',
        }));
        return;
      }
      const r = result;
      setState((s) => ({
        ...s,
        status: r.status,
        job: r.job,
        cancelling: false,
        error: r.status === 'failed' ? r.job.error : null,
      }));
    },
    [client, queryClient, settings.chunkSize],
  );

  const requestCancel = useCallback(() => {
    cancel.current = true;
    setState((s) => ({ ...s, cancelling: true }));
  }, []);

  return { state, start, cancel: requestCancel };
}
