/**
 * The overview's rows and the summaries of the samples in view: each sample's outline from its
 * shared setup, and, only for the rows the grid reports in view, its stored annotations (at most
 * 6 requests at once, the same cache entries as the workspace) summarised for the small map.
 */

import { describeError } from '../../api/errorMessages';
import { useAnnotationsOfSamples } from '../../api/queries';
import type { PhysicalSample, SpatialAnnotation } from '../../api/schemas';
import { type StageCalibration, stageToSampleMm } from '../../domain/frames/calibration';
import { guessOutlineFromName } from '../../domain/geometry/nameGuess';
import { type SampleSummary, summariseSample } from '../../domain/lot/sampleSummary';
import type { OverviewRow, SummaryState } from '../../panels/overview/types';
import { knownSetup } from '../setup/browserSetup';

/**
 * A sample's row: its outline and calibration as its setup holds them; without a set outline,
 * the one its name suggests (guessOutlineFromName, as the workspace and the compare view do),
 * marked `outlineSource: 'name'`. Null: none.
 */
export function overviewRow(sample: PhysicalSample): OverviewRow & {
  calibration: StageCalibration | null;
} {
  const setup = knownSetup(sample);
  const calibration = setup?.calibration ?? null;
  if (setup?.outline)
    return { sample, outline: setup.outline, outlineSource: 'setup', calibration };
  const guess = guessOutlineFromName(sample.name ?? null);
  return guess
    ? { sample, outline: guess.outline, outlineSource: 'name', calibration }
    : { sample, outline: null, outlineSource: null, calibration };
}

/** Summaries already made, by the records array (cache entries are immutable) and calibration. */
const made = new WeakMap<
  SpatialAnnotation[],
  { calibration: StageCalibration | null; summary: SampleSummary }
>();

function summaryOf(records: SpatialAnnotation[], calibration: StageCalibration | null) {
  const cached = made.get(records);
  if (cached && cached.calibration === calibration) return cached.summary;
  const toSample = calibration
    ? (p: { xMm: number; yMm: number }) => stageToSampleMm(calibration, p)
    : null;
  const summary = summariseSample(records, toSample);
  made.set(records, { calibration, summary });
  return summary;
}

/**
 * Summary states of the samples `inView` (others are absent: not loaded yet, or kept in the
 * query cache until their row comes back). `rows` gives each sample's calibration.
 */
export function useSampleSummaries(
  inView: readonly string[],
  rowsById: ReadonlyMap<string, { calibration: StageCalibration | null }>,
): Map<string, SummaryState> {
  const results = useAnnotationsOfSamples(inView);
  // Cheap on every render: each summary is made once per records array (see `made`).
  const out = new Map<string, SummaryState>();
  inView.forEach((id, i) => {
    const r = results[i];
    if (!r) return;
    if (r.data) {
      const calibration = rowsById.get(id)?.calibration ?? null;
      out.set(id, { status: 'ready', summary: summaryOf(r.data, calibration) });
    } else if (r.isError) out.set(id, { status: 'error', message: describeError(r.error) });
    else out.set(id, { status: 'loading' });
  });
  return out;
}
