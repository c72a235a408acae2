/**
 * Seeds a lot through the API as the cassette import would store it: one physical sample per
 * wafer of the real KLA-F5x file, its outline (300 mm, notch) in the sample's setup, and its 49
 * sites built by the cassette engine (readCassette + stageWafer) and stored in one bulk request.
 * The expected figures come from the file's own MEAN / STDDEV headers (klaFixture.ts, a reader
 * independent of the app's importer).
 */
import type { ApiClient } from '../src/api/client';
import { stagedToAnnotationCreate } from '../src/api/toRequest';
import { standardWafer } from '../src/domain/geometry/outline';
import { stageWafer, withValueUnit } from '../src/io/cassette/stageWafer';
import { klaWafer } from '../src/testing/klaFixture';
import { readKlaLot } from '../src/testing/klaLot';
import { seedSetup } from './fixtures';

/** A seeded wafer: its sample and the file's stated statistics. */
export interface SeededWafer {
  sampleId: string;
  name: string;
  waferId: string;
  /** MEAN and STDDEV of the wafer's header in the file. */
  mean: number;
  stddev: number;
}

/**
 * Create one sample per wafer (named `<WAFER ID> <tag>`), in file order, with the outline (and
 * `limits` of thickness in nm, when given) and the wafer's sites (property `thickness`, from the
 * file's `1st Thickness`,
 * unit nm). `count` limits how many wafers.
 */
export async function seedKlaLot(
  api: ApiClient,
  tag: string,
  count = 25,
  limits?: { lsl?: number; usl?: number },
): Promise<SeededWafer[]> {
  // Property names as the cassette import suggests them: "1st Thickness" → thickness.
  const cassette = readKlaLot();
  const outline = standardWafer(300);
  let n = 0;
  const seeded: SeededWafer[] = [];
  for (const wafer of cassette.wafers.slice(0, count)) {
    const sample = await api.createSample(`${wafer.waferId} ${tag}`);
    await seedSetup(api, sample.id, {
      outline,
      ...(limits ? { limits: [{ property: 'thickness', unit: 'nm', ...limits }] } : {}),
    });
    const staged = stageWafer(
      wafer,
      {
        mapping: withValueUnit(wafer.mapping, 'nm'),
        outline,
        sourceType: 'KLA-F5x',
        includeOutside: false,
      },
      () => `seed-${++n}`,
    );
    await api.bulkCreateAnnotations(
      sample.id,
      staged.map((s) => stagedToAnnotationCreate(s)),
    );
    const stated = klaWafer(wafer.waferId);
    seeded.push({
      sampleId: sample.id,
      name: sample.name ?? '',
      waferId: wafer.waferId,
      mean: stated.mean,
      stddev: stated.stddev,
    });
  }
  return seeded;
}
