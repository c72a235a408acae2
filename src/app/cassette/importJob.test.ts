import { describe, expect, it } from 'vitest';
import { type PlanSettings, planLot } from '../../io/cassette/lotPlan';
import { KLA_LOT_NAME, klaPlanInput, readKlaLot } from '../../testing/klaLot';
import { ImportJob, jobFinished, jobFromPlan, jobProgress, memoryJobStore } from './importJob';

const cassette = readKlaLot();

function plan(settings: Partial<PlanSettings> = {}) {
  return planLot(klaPlanInput(cassette, settings));
}

const meta = {
  id: 'j1',
  baseUrl: '/api',
  createdAt: '2026-01-01T00:00:00.000Z',
  title: 'KLA',
  property: 'thickness',
  unit: 'nm',
};

describe('jobFromPlan', () => {
  it('leaves skipped wafers out of the job, which records each wafer’s sample and points', () => {
    const job = jobFromPlan(plan({ skipped: [`${KLA_LOT_NAME}#Slot02`] }), meta);
    expect(job.wafers).toHaveLength(24);
    expect(job.wafers[1]).toMatchObject({
      waferId: 'Slot03',
      sampleId: null,
      sampleName: 'Slot03',
      isNew: true,
      step: 'planned',
      total: 49,
    });
    expect(job.wafers[1]?.planned).toHaveLength(49);
  });

  it('refuses to make a job from a plan with blockers', () => {
    expect(() => jobFromPlan(plan({ outline: null }), meta)).toThrow(
      'The import cannot start: Choose the geometry of the new samples.',
    );
  });

  it('is valid for the schema, survives the store, and counts its progress', async () => {
    const job = jobFromPlan(plan(), meta);
    expect(ImportJob.parse(job)).toEqual(job);
    const store = memoryJobStore();
    await store.save(job);
    expect(await store.list()).toEqual([job]);
    expect(jobProgress(job)).toEqual({
      waferCount: 25,
      doneWafers: 0,
      storedAnnotations: 0,
      totalAnnotations: 25 * 49,
    });
    const done = {
      ...job,
      wafers: job.wafers.map((w) => ({ ...w, step: 'done' as const, stored: 49 })),
    };
    expect(jobFinished(job)).toBe(false);
    expect(jobFinished(done)).toBe(true);
    expect(jobProgress(done).storedAnnotations).toBe(25 * 49);
    await store.remove(job.id);
    expect(await store.list()).toEqual([]);
  });
});
