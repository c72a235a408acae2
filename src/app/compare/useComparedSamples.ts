/**
 * The compared samples as the server has them: each one's name, setup (outline, calibration,
 * limits) and stored records, loaded in parallel at most 6 at a time (useAnnotationsOfSamples).
 * When the last of them arrived is kept, to measure how long the view takes to draw.
 */
import { useMemo } from 'react';
import { useAnnotationsOfSamples, useSamples } from '../../api/queries';
import type { PhysicalSample, SpatialAnnotation } from '../../api/schemas';
import { stageToSampleMm } from '../../domain/frames/calibration';
import { guessOutlineFromName } from '../../domain/geometry/nameGuess';
import type { SampleOutline } from '../../domain/geometry/outline';
import type { PointMm } from '../../domain/geometry/point';
import type { SampleSetup } from '../../domain/setup/setup';
import { knownSetup } from '../setup/browserSetup';

/** One compared sample before a property is chosen. */
export interface ComparedSampleBase {
  id: string;
  /** The sample's name, or its id when the server lists no such sample. */
  name: string;
  /** False when the samples list has no sample with this id. */
  listed: boolean;
  status: 'loading' | 'error' | 'ready';
  /** Why its records could not be loaded. */
  error: string | null;
  records: readonly SpatialAnnotation[];
  setup: SampleSetup | null;
  /** The outline from the setup, else guessed from the name; null when neither. */
  outline: SampleOutline | null;
  outlineSource: 'setup' | 'name' | null;
  /** Places stage_absolute records (from the setup's calibration); null without one. */
  stageToSample: ((p: PointMm) => PointMm) | null;
  /** When the sample was created (ISO), for sorting by date. */
  createdAt: string | null;
}

const NO_RECORDS: readonly SpatialAnnotation[] = [];

function baseOf(
  id: string,
  sample: PhysicalSample | undefined,
  query: { status: string; data?: SpatialAnnotation[]; error: Error | null },
): ComparedSampleBase {
  const setup = knownSetup(sample);
  const guessed = setup?.outline ? null : guessOutlineFromName(sample?.name ?? null);
  const calibration = setup?.calibration ?? null;
  return {
    id,
    name: sample?.name ?? id,
    listed: sample !== undefined,
    status: query.status === 'success' ? 'ready' : query.status === 'error' ? 'error' : 'loading',
    error: query.error ? query.error.message : null,
    records: query.data ?? NO_RECORDS,
    setup,
    outline: setup?.outline ?? guessed?.outline ?? null,
    outlineSource: setup?.outline ? 'setup' : guessed ? 'name' : null,
    stageToSample: calibration ? (p) => stageToSampleMm(calibration, p) : null,
    createdAt: sample?.created_datetime ?? null,
  };
}

/**
 * The samples `ids` in the order given, the samples list's state, and `dataAt`: the time
 * (Date.now() ms) the last of their records arrived, or null while any is still loading.
 */
export function useComparedSamples(ids: readonly string[]) {
  const samples = useSamples();
  const queries = useAnnotationsOfSamples(ids);
  const byId = useMemo(() => new Map((samples.data ?? []).map((s) => [s.id, s])), [samples.data]);
  // useQueries answers a new array on every render; this key changes when any result does.
  const resultsKey = queries
    .map((q) => `${q.status}:${q.dataUpdatedAt}:${q.errorUpdatedAt}`)
    .join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: resultsKey stands for `queries`.
  const compared = useMemo(
    () =>
      ids.map((id, i) =>
        baseOf(id, byId.get(id), queries[i] ?? { status: 'pending', error: null }),
      ),
    [ids, byId, resultsKey],
  );
  const loading = queries.some((q) => q.status === 'pending');
  const dataAt = loading ? null : Math.max(0, ...queries.map((q) => q.dataUpdatedAt));
  return { samples: compared, listLoading: samples.isPending, listError: samples.error, dataAt };
}
