/**
 * Running a cassette import job (importJob.ts) to the end, resumable at every step:
 * 1. every wafer gets its sample: an existing one, one found by name (created by an earlier run
 *    whose answer was lost), or a new one; the chosen outline is saved in the sample's setup
 *    unless it has one; the wafer's points are checked against what the sample already holds
 *    (provenance, see checkAlreadyImported) and staged in its draft;
 * 2. sample by sample, the staged points of this import are submitted through the safe submit
 *    (submitStaged: per-sample lock, tokens, ledger, reconcile), so a resubmit stores nothing
 *    twice.
 * The job is saved after every step. Plain TypeScript with its browser parts injected.
 */
import type { ApiClient } from '../../api/client';
import { describeError } from '../../api/errorMessages';
import type { PhysicalSample } from '../../api/schemas';
import { SubmitFailure } from '../../api/submit';
import type { SampleOutline } from '../../domain/geometry/outline';
import { emptySetup, readSetup } from '../../domain/setup/setup';
import { checkAlreadyImported } from '../../io/cassette/alreadyImported';
import { readServerMetadata, type SetupServer, saveSetup } from '../setup/setupSync';
import type { StagingStore } from '../stagingStore';
import type { TabSubmitOutcome } from '../submitStaged';
import type { ImportJob, JobStore, JobWafer } from './importJob';

/** Where a run is; `done`/`total` count one unit per wafer prepared plus one per annotation. */
export interface RunProgress {
  phase: 'preparing' | 'sending';
  waferIndex: number;
  waferCount: number;
  waferId: string;
  done: number;
  total: number;
}

export type RunResult =
  | { status: 'finished'; job: ImportJob }
  | { status: 'cancelled'; job: ImportJob }
  | { status: 'failed'; job: ImportJob; error: unknown };

export interface RunnerDeps {
  client: Pick<
    ApiClient,
    'listSamples' | 'createSample' | 'getSample' | 'updateSample' | 'listAnnotations'
  >;
  store: StagingStore;
  jobs: JobStore;
  /** Submit the staged annotations `accept` picks in the sample's draft (submitStaged). */
  submit: (
    sampleId: string,
    accept: (localId: string) => boolean,
    onSent: (sent: number) => void,
  ) => Promise<TabSubmitOutcome>;
  onProgress: (progress: RunProgress) => void;
  /** Checked between steps and (by `submit`) between chunks. */
  shouldCancel: () => boolean;
  /** A sample was created or its setup changed: put it in the samples cache. */
  onSample: (sample: PhysicalSample) => void;
  /** The outline could not be saved on the server: keep it in this browser (setup copy). */
  keepOutlineLocally: (sampleId: string, outline: SampleOutline) => void;
  now?: () => Date;
}

/** Progress units of a job: one per wafer prepared, one per annotation stored. */
export function progressUnits(job: ImportJob, sending?: { index: number; sent: number }) {
  let done = 0;
  let total = 0;
  job.wafers.forEach((w, i) => {
    total += 1 + w.total;
    if (w.step === 'staged' || w.step === 'done') done += 1;
    if (w.step === 'done') done += w.total;
    else if (sending?.index === i) done += Math.min(sending.sent, w.total);
  });
  return { done, total };
}

/** The newest sample named exactly `name` (trimmed), or null. */
export function newestNamed(
  samples: readonly PhysicalSample[],
  name: string,
): PhysicalSample | null {
  const wanted = name.trim();
  const named = samples.filter((s) => (s.name ?? '').trim() === wanted);
  named.sort((a, b) => (b.created_datetime ?? '').localeCompare(a.created_datetime ?? ''));
  return named[0] ?? null;
}

/**
 * Save `outline` in the sample's setup unless the setup holds one already (or is of a newer
 * version or unreadable: never overwritten). Returns the server's answer when it saved.
 */
export async function ensureOutline(
  server: SetupServer,
  sampleId: string,
  outline: SampleOutline,
  now: Date,
): Promise<PhysicalSample | null> {
  const read = readSetup(await readServerMetadata(server, sampleId));
  if (read.kind === 'newer' || read.kind === 'invalid') return null;
  if (read.kind === 'ok' && read.setup.outline) return null;
  const base = read.kind === 'ok' ? read.setup : emptySetup(now);
  const saved = await saveSetup(server, sampleId, base, { ...base, outline }, now);
  return saved.answer ?? null;
}

class Run {
  samples: PhysicalSample[] | null = null;

  constructor(
    public job: ImportJob,
    readonly deps: RunnerDeps,
  ) {}

  async update(index: number, patch: Partial<JobWafer>): Promise<JobWafer> {
    const wafers = this.job.wafers.map((w, i) => (i === index ? { ...w, ...patch } : w));
    this.job = { ...this.job, wafers };
    await this.deps.jobs.save(this.job);
    return wafers[index] as JobWafer;
  }

  report(phase: RunProgress['phase'], index: number, sent?: number) {
    const w = this.job.wafers[index];
    const units = progressUnits(this.job, sent === undefined ? undefined : { index, sent });
    this.deps.onProgress({
      phase,
      waferIndex: index,
      waferCount: this.job.wafers.length,
      waferId: w?.waferId ?? '',
      ...units,
    });
  }

  /** The wafer's sample id: known, found by name (an earlier run created it), or created. */
  async sampleFor(index: number): Promise<{ id: string; created: boolean }> {
    const w = this.job.wafers[index] as JobWafer;
    if (w.sampleId) return { id: w.sampleId, created: false };
    this.samples ??= await this.deps.client.listSamples();
    const found = newestNamed(this.samples, w.sampleName);
    if (found) {
      await this.update(index, { sampleId: found.id });
      return { id: found.id, created: false };
    }
    await this.update(index, { step: 'creating' });
    const created = await this.deps.client.createSample(w.sampleName);
    this.samples = [...this.samples, created];
    this.deps.onSample(created);
    await this.update(index, { sampleId: created.id });
    return { id: created.id, created: true };
  }

  async prepare(index: number): Promise<void> {
    const { deps } = this;
    const sample = await this.sampleFor(index);
    const w = this.job.wafers[index] as JobWafer;
    if (w.outline) {
      const server: SetupServer = deps.client;
      const now = deps.now?.() ?? new Date();
      try {
        const answer = await ensureOutline(server, sample.id, w.outline, now);
        if (answer) deps.onSample(answer);
      } catch {
        deps.keepOutlineLocally(sample.id, w.outline);
      }
    }
    let planned = w.planned;
    if (!sample.created) {
      const stored = await deps.client.listAnnotations(sample.id);
      const source = { sourceFile: w.sourceFile, waferId: w.waferId };
      planned = checkAlreadyImported(stored, planned, source).remaining;
    }
    await deps.store.whenLoaded(sample.id);
    const staged = new Set(deps.store.getState(sample.id).annotations.map((a) => a.localId));
    const add = planned.filter((a) => !staged.has(a.localId));
    if (add.length > 0) deps.store.dispatch(sample.id, { type: 'add', annotations: add });
    // The draft must hold the points before the job says they are staged.
    await deps.store.flush();
    const skipped = w.total - planned.length;
    await this.update(index, {
      step: 'staged',
      planned: [],
      localIds: planned.map((a) => a.localId),
      total: planned.length,
      note: skipped > 0 ? `${skipped} already stored in this sample, not sent again.` : w.note,
    });
  }

  async send(index: number): Promise<'done' | 'cancelled'> {
    const w = this.job.wafers[index] as JobWafer;
    const sampleId = w.sampleId as string;
    if (w.localIds.length === 0) {
      await this.update(index, { step: 'done', stored: 0 });
      return 'done';
    }
    const ids = new Set(w.localIds);
    const outcome = await this.deps.submit(
      sampleId,
      (id) => ids.has(id),
      (sent) => this.report('sending', index, sent),
    );
    if (outcome.cancelled) return 'cancelled';
    const left = this.deps.store
      .getState(sampleId)
      .annotations.filter((a) => ids.has(a.localId)).length;
    // Counted from the draft, not the outcome: a run resumed after a reload finds some of them
    // stored (and unstaged) by the run before.
    const note =
      left > 0
        ? `${left} edited while being sent stay staged in the sample (submit them there).`
        : w.note;
    await this.update(index, { step: 'done', stored: w.total - left, note });
    return 'done';
  }
}

/**
 * Run `job` from where it stands (see the module comment). Resolves with the job as saved:
 * 'finished' (the job is removed from the store), 'cancelled' between steps or chunks, or
 * 'failed' with the error (the job keeps it in `error` and can be resumed).
 */
export async function runImportJob(job: ImportJob, deps: RunnerDeps): Promise<RunResult> {
  const run = new Run({ ...job, error: null }, deps);
  const count = job.wafers.length;
  try {
    for (let i = 0; i < count; i++) {
      const step = run.job.wafers[i]?.step;
      if (step !== 'planned' && step !== 'creating') continue;
      if (deps.shouldCancel()) return { status: 'cancelled', job: run.job };
      run.report('preparing', i);
      await run.prepare(i);
    }
    for (let i = 0; i < count; i++) {
      if (run.job.wafers[i]?.step !== 'staged') continue;
      if (deps.shouldCancel()) return { status: 'cancelled', job: run.job };
      run.report('sending', i, 0);
      if ((await run.send(i)) === 'cancelled') return { status: 'cancelled', job: run.job };
    }
  } catch (error) {
    const cause = error instanceof SubmitFailure ? error.error : error;
    run.job = { ...run.job, error: describeError(cause) };
    await deps.jobs.save(run.job).catch(() => undefined);
    return { status: 'failed', job: run.job, error };
  }
  await deps.jobs.remove(run.job.id);
  return { status: 'finished', job: run.job };
}
