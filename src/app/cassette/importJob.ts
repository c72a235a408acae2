/**
 * A cassette import as a job that survives a failure or a reload: which wafer goes to which
 * sample (its id once known, its name until then), what each wafer's step is, and the points
 * still to stage. Kept in IndexedDB (a cassette's points can outgrow localStorage), read back
 * through a zod schema, one job per key. Light on purpose: the overview imports it to offer
 * "Resume" without loading the importer.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { SampleOutlineSchema } from '../../domain/geometry/outlineSchema';
import { StagedAnnotation } from '../../domain/staging/staged';
import type { LotPlan } from '../../io/cassette/lotPlan';

/**
 * A wafer's step: 'planned' (nothing done), 'creating' (its sample is being created: an answer
 * lost here means the sample may exist, so a resume looks for it by name first), 'staged' (its
 * points are in the sample's draft), 'done' (submitted).
 */
export const WaferStep = z.enum(['planned', 'creating', 'staged', 'done']);
export type WaferStep = z.infer<typeof WaferStep>;

export const JobWafer = z.object({
  key: z.string(),
  waferId: z.string(),
  sourceFile: z.string(),
  /** The physical sample, once matched or created. */
  sampleId: z.string().nullable(),
  /** The name of the sample (to create, or matched). */
  sampleName: z.string(),
  /** True when the import creates the sample. */
  isNew: z.boolean(),
  /** Saved in the sample's setup unless it has an outline already. */
  outline: SampleOutlineSchema.nullable(),
  step: WaferStep,
  /** Points still to stage (emptied once they are in the draft). */
  planned: z.array(StagedAnnotation),
  /** Local ids of the points this import staged: what its submit sends. */
  localIds: z.array(z.string()),
  /** Annotations to store for this wafer. */
  total: z.number().int().nonnegative(),
  /** Stored (or found already stored) once done. */
  stored: z.number().int().nonnegative(),
  /** Something the user should know about this wafer (kept after the run). */
  note: z.string().nullable(),
});
export type JobWafer = z.infer<typeof JobWafer>;

export const ImportJob = z.object({
  version: z.literal(1),
  id: z.string().min(1),
  /** The API the job writes to; a job is only offered for the same connection. */
  baseUrl: z.string(),
  createdAt: z.string(),
  /** e.g. "kla-f5x-native-oxide-300mm.csv (25 wafers)". */
  title: z.string(),
  /** The main property and its unit, for "Compare these N samples". */
  property: z.string().nullable(),
  unit: z.string().nullable(),
  wafers: z.array(JobWafer),
  /** Why the last run stopped, if it failed. */
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

/** Where jobs are kept. */
export interface JobStore {
  /** Every readable job, oldest first (unreadable entries are skipped). */
  list(): Promise<ImportJob[]>;
  save(job: ImportJob): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Jobs in memory only (tests, or a browser without IndexedDB: no resume after a reload). */
export function memoryJobStore(): JobStore {
  const jobs = new Map<string, ImportJob>();
  return {
    list: async () => [...jobs.values()].map((j) => structuredClone(j)),
    save: async (job) => void jobs.set(job.id, structuredClone(job)),
    remove: async (id) => void jobs.delete(id),
  };
}

function indexedDbJobStore(): JobStore {
  let store: UseStore | null = null;
  const db = () => {
    store ??= createStore('wafer-annotator-imports', 'jobs');
    return store;
  };
  return {
    list: async () =>
      (await entries(db()))
        .flatMap(([, value]) => {
          const parsed = ImportJob.safeParse(value);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    save: (job) => set(job.id, job, db()),
    remove: (id) => del(id, db()),
  };
}

/** The browser's job store: IndexedDB, or memory where there is none. */
export const jobStore: JobStore =
  typeof indexedDB === 'undefined' ? memoryJobStore() : indexedDbJobStore();

/** How far a job is: wafers done, and annotations stored of those to store. */
export function jobProgress(job: ImportJob) {
  const done = job.wafers.filter((w) => w.step === 'done');
  return {
    waferCount: job.wafers.length,
    doneWafers: done.length,
    storedAnnotations: done.reduce((n, w) => n + w.stored, 0),
    totalAnnotations: job.wafers.reduce((n, w) => n + w.total, 0),
  };
}

/** True once every wafer is done. */
export const jobFinished = (job: ImportJob) => job.wafers.every((w) => w.step === 'done');

/** The job that carries out `plan` (its active wafers); throws if the plan has blockers. */
export function jobFromPlan(
  plan: LotPlan,
  meta: Pick<ImportJob, 'id' | 'baseUrl' | 'createdAt' | 'title' | 'property' | 'unit'>,
): ImportJob {
  if (plan.blockers.length > 0) throw new Error(`The import cannot start: ${plan.blockers[0]}`);
  const wafers = plan.wafers.flatMap((w): JobWafer[] => {
    const t = w.proposal.target;
    if (w.skipped || t.kind === 'none') return [];
    return [
      {
        key: w.wafer.key,
        waferId: w.wafer.waferId,
        sourceFile: w.wafer.sourceFile,
        sampleId: t.kind === 'existing' ? t.sampleId : null,
        sampleName: t.kind === 'existing' ? t.sampleName : t.name,
        isNew: t.kind === 'new',
        outline: w.outlineToSave,
        step: 'planned',
        planned: w.planned,
        localIds: [],
        total: w.planned.length,
        stored: 0,
        note: null,
      },
    ];
  });
  return { version: 1, ...meta, wafers, error: null };
}
