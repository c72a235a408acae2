import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { SAMPLE_FRAME } from '../../api/toRequest';
import { standardWafer } from '../../domain/geometry/outline';
import { readSetup } from '../../domain/setup/setup';
import { planLot, type SampleInfo } from '../../io/cassette/lotPlan';
import { aStagedAnnotation } from '../../testing/builders';
import { FakeLocks } from '../../testing/fakeLocks';
import { FakeLotServer } from '../../testing/fakeLotServer';
import { KLA_LOT_NAME, klaPlanInput, readKlaLot } from '../../testing/klaLot';
import { TabHub } from '../../testing/tabHub';
import { browserDraftRepository } from '../draftRepository';
import { StagingStore } from '../stagingStore';
import { submitStaged } from '../submitStaged';
import { type ImportJob, jobFromPlan, memoryJobStore } from './importJob';
import { type RunnerDeps, type RunProgress, runImportJob } from './runImport';

/** The first three wafers (Slot01–Slot03) keep the tests quick. */
const cassette = readKlaLot(3);
let ids = 0;

function planJob(server: FakeLotServer): ImportJob {
  const samples: SampleInfo[] = server.samples.map((s) => ({
    id: s.id,
    name: s.name,
    outline: null,
  }));
  const plan = planLot(
    klaPlanInput(
      cassette,
      {},
      { samples, stored: (id) => server.server(id).rows, newId: () => `imp-${++ids}` },
    ),
  );
  return jobFromPlan(plan, {
    id: `job-${++ids}`,
    baseUrl: '/api',
    createdAt: '2026-01-01T00:00:00.000Z',
    title: KLA_LOT_NAME,
    property: 'thickness',
    unit: 'nm',
  });
}

/** A browser (shared storage and locks) in which pages are opened and reloaded. */
function browser(server: FakeLotServer) {
  const hub = new TabHub();
  const locks = new FakeLocks();
  const jobs = memoryJobStore();
  let batches = 0;
  /** A page load: a fresh staging store over the browser's storage. */
  const page = (o: { cancelAfterSamples?: number } = {}) => {
    const store = new StagingStore(browserDraftRepository(hub.tab()), { tab: `t${++batches}` });
    store.connect();
    const progress: RunProgress[] = [];
    const kept: string[] = [];
    let sent = 0;
    const deps: RunnerDeps = {
      client: server,
      store,
      jobs,
      submit: (sampleId, accept, onSent) =>
        submitStaged(
          {
            sampleId,
            target: SAMPLE_FRAME,
            chunkSize: 20,
            tokens: true,
            accept: (a) => accept(a.localId),
          },
          {
            store,
            client: server,
            ledgerStorage: hub.storage,
            locks: { locks, lease: null },
            cacheRecords: async (_r, alongside) => alongside(),
            onProgress: (p) => onSent(p.sent),
            shouldCancel: () => false,
            onLedgerUnsaved: () => undefined,
            newBatchId: () => `batch-${++batches}`,
          },
          () => undefined,
        ).finally(() => sent++),
      onProgress: (p) => progress.push(p),
      shouldCancel: () => o.cancelAfterSamples !== undefined && sent >= o.cancelAfterSamples,
      onSample: () => undefined,
      keepOutlineLocally: (id) => kept.push(id),
      now: () => new Date('2026-02-01T00:00:00.000Z'),
    };
    return { store, deps, progress, kept, run: (job: ImportJob) => runImportJob(job, deps) };
  };
  return { hub, jobs, page };
}

const countsBySample = (server: FakeLotServer) =>
  server.samples.map((s) => [s.name, server.server(s.id).rows.length]);

describe('runImportJob', () => {
  it('creates the samples with their outline, stores 49 sites in each, and forgets the finished job', async () => {
    const server = new FakeLotServer();
    const { page, jobs } = browser(server);
    const p = page();
    const result = await p.run(planJob(server));
    expect(result.status).toBe('finished');
    expect(countsBySample(server)).toEqual([
      ['Slot01', 49],
      ['Slot02', 49],
      ['Slot03', 49],
    ]);
    const setup = readSetup(server.samples[0]?.physical_sample_metadata);
    expect(setup.kind === 'ok' && setup.setup.outline).toEqual(standardWafer(300));
    const rows = server.server(server.samples[1]?.id ?? '').rows;
    expect(rows[0]).toMatchObject({ property_name: 'thickness', property_unit: 'nm' });
    expect(rows[0]?.annotation_metadata).toMatchObject({ wafer_id: 'Slot02', slot: '2', site: 1 });
    expect(await jobs.list()).toEqual([]);
    expect(result.job.wafers.map((w) => [w.step, w.stored])).toEqual([
      ['done', 49],
      ['done', 49],
      ['done', 49],
    ]);
    const last = p.progress.at(-1);
    expect(last?.total).toBe(3 * 50);
    // Nothing of the import stays staged.
    for (const s of server.samples) expect(p.store.getState(s.id).annotations).toEqual([]);
  });

  it('after a lost create answer, a resume finds the sample by name instead of creating it again', async () => {
    const server = new FakeLotServer();
    server.loseCreateAnswer.add('Slot02');
    const { page, jobs } = browser(server);
    const first = await page().run(planJob(server));
    expect(first.status).toBe('failed');
    const [saved] = await jobs.list();
    expect(saved?.error).toContain("Can't reach the API");
    expect(saved?.wafers[1]).toMatchObject({ step: 'creating', sampleId: null });
    // The page is reloaded and the job resumed.
    const second = await page().run(saved as ImportJob);
    expect(second.status).toBe('finished');
    expect(server.createCalls).toEqual(['Slot01', 'Slot02', 'Slot03']);
    expect(countsBySample(server)).toEqual([
      ['Slot01', 49],
      ['Slot02', 49],
      ['Slot03', 49],
    ]);
  });

  it('after a lost bulk answer and a reload, the resume stores nothing twice', async () => {
    const server = new FakeLotServer();
    const { page, jobs } = browser(server);
    const job = planJob(server);
    const first = page();
    // Slot02's second chunk is stored, but its answer never arrives.
    const original = server.bulkCreateAnnotations;
    let calls = 0;
    server.bulkCreateAnnotations = async (sampleId, items) => {
      const records = await original(sampleId, items);
      if (++calls === 5) throw new ApiError('network', "Can't reach the API.");
      return records;
    };
    expect((await first.run(job)).status).toBe('failed');
    server.bulkCreateAnnotations = original;
    const [saved] = await jobs.list();
    expect(saved?.wafers.map((w) => w.step)).toEqual(['done', 'staged', 'staged']);
    const resumed = await page().run(saved as ImportJob);
    expect(resumed.status).toBe('finished');
    expect(countsBySample(server)).toEqual([
      ['Slot01', 49],
      ['Slot02', 49],
      ['Slot03', 49],
    ]);
    expect(resumed.job.wafers.map((w) => w.stored)).toEqual([49, 49, 49]);
  });

  it('a second run of the same file stores nothing: every wafer is found already imported', async () => {
    const server = new FakeLotServer();
    const { page } = browser(server);
    await page().run(planJob(server));
    const again = planJob(server);
    expect(again.wafers.map((w) => [w.isNew, w.total])).toEqual([
      [false, 0],
      [false, 0],
      [false, 0],
    ]);
    const before = server.storedCount();
    expect((await page().run(again)).status).toBe('finished');
    expect(server.storedCount()).toBe(before);
    expect(server.createCalls).toHaveLength(3);
  });

  it('a second job planned before the first ran finds the samples by name and stores nothing twice', async () => {
    const server = new FakeLotServer();
    const { page } = browser(server);
    const a = planJob(server);
    const b = planJob(server);
    await page().run(a);
    const result = await page().run(b);
    expect(result.status).toBe('finished');
    expect(server.createCalls).toEqual(['Slot01', 'Slot02', 'Slot03']);
    expect(server.storedCount()).toBe(3 * 49);
    expect(result.job.wafers.map((w) => w.note)).toEqual([
      '49 already stored in this sample, not sent again.',
      '49 already stored in this sample, not sent again.',
      '49 already stored in this sample, not sent again.',
    ]);
  });

  it('cancel stops between samples; the resumed job finishes the rest', async () => {
    const server = new FakeLotServer();
    const { page, jobs } = browser(server);
    const cancelled = await page({ cancelAfterSamples: 1 }).run(planJob(server));
    expect(cancelled.status).toBe('cancelled');
    expect(countsBySample(server)).toEqual([
      ['Slot01', 49],
      ['Slot02', 0],
      ['Slot03', 0],
    ]);
    const [saved] = await jobs.list();
    expect((await page().run(saved as ImportJob)).status).toBe('finished');
    expect(server.storedCount()).toBe(3 * 49);
  });

  it('submits only its own points: what the user staged in an existing sample stays staged', async () => {
    const server = new FakeLotServer();
    const existing = await server.createSample('Slot01');
    const { page } = browser(server);
    const p = page();
    const mine = aStagedAnnotation({ localId: 'mine', propertyValue: 1 });
    p.store.dispatch(existing.id, { type: 'add', annotations: [mine] });
    const result = await p.run(planJob(server));
    expect(result.status).toBe('finished');
    expect(server.server(existing.id).rows).toHaveLength(49);
    expect(p.store.getState(existing.id).annotations.map((a) => a.localId)).toEqual(['mine']);
  });

  it('keeps the outline in this browser when the server refuses to store the setup', async () => {
    const server = new FakeLotServer();
    server.refusePatch = true;
    const { page } = browser(server);
    const p = page();
    expect((await p.run(planJob(server))).status).toBe('finished');
    expect(p.kept).toEqual(server.samples.map((s) => s.id));
    expect(server.storedCount()).toBe(3 * 49);
  });
});
