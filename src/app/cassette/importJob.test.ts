import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { type PlanSettings, planLot } from '../../io/cassette/lotPlan';
import { cassetteProperties, defaultChoices } from '../../io/cassette/lotProperties';
import { readCassette } from '../../io/cassette/readCassette';
import { suggestPropertyName } from '../../io/vocabulary';
import { KLA_F5X_FILE } from '../../testing/dataFiles';
import { ImportJob, jobFinished, jobFromPlan, jobProgress, memoryJobStore } from './importJob';

const KLA_NAME = 'kla-f5x-native-oxide-300mm.csv';
const cassette = readCassette([{ name: KLA_NAME, text: readFileSync(KLA_F5X_FILE, 'utf8') }], {
  propertyName: (_header, suggested) => suggestPropertyName(suggested).name,
});
const properties = cassetteProperties(cassette);
let ids = 0;

function plan(settings: Partial<PlanSettings> = {}) {
  return planLot({
    cassette,
    properties,
    settings: {
      pattern: '{wafer_id}',
      overrides: {},
      skipped: [],
      outline: standardWafer(300),
      choices: {
        ...defaultChoices(properties),
        thickness: { name: 'thickness', unit: 'nm', include: true },
      },
      sourceType: 'KLA-F5x',
      ...settings,
    },
    samples: [],
    stored: () => [],
    cellErrors: [],
    newId: () => `p${++ids}`,
  });
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
    const job = jobFromPlan(plan({ skipped: [`${KLA_NAME}#Slot02`] }), meta);
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
