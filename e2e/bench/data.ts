/** The benchmark's servers' addresses, its API client, the samples it measures and the pages
 * it opens on them. */
import type { Browser, Page } from '@playwright/test';
import { createApiClient } from '../../src/api/client';
import type { AnnotationCreate } from '../../src/api/schemas';
import { standardWafer } from '../../src/domain/geometry/outline';
import { emptySetup, withSetup } from '../../src/domain/setup/setup';
import { BENCH_API_PORT, BENCH_APP_PORT, BENCH_KEY } from './servers';

export const APP = `http://127.0.0.1:${BENCH_APP_PORT}`;
export const api = createApiClient({
  baseUrl: `http://127.0.0.1:${BENCH_API_PORT}`,
  apiKey: BENCH_KEY,
});

/** The app's address of a sample (a deep link). */
export const sampleUrl = (sampleId: string) => `${APP}/?sample=${sampleId}`;

/** N records spread over a 300 mm wafer (golden-angle spiral), values in a smooth bowl. */
export function records(n: number): AnnotationCreate[] {
  return Array.from({ length: n }, (_, i) => {
    const r = 145 * Math.sqrt((i + 0.5) / n);
    const a = i * 2.399963;
    return {
      property_name: 'thickness',
      property_value: 100 + (r / 145) ** 2 * 10,
      property_unit: 'nm',
      coord_ref_frame: 'sample_relative',
      coord_units: 'mm',
      coord_x: r * Math.cos(a),
      coord_y: r * Math.sin(a),
    };
  });
}

/** A sample named `name` with a 300 mm wafer outline (on the server) and `n` records. */
export async function seedSample(name: string, n: number): Promise<string> {
  const sample = await api.createSample(name);
  const setup = { ...emptySetup(new Date()), outline: standardWafer(300) };
  await api.updateSample(sample.id, {
    physical_sample_metadata: withSetup(sample.physical_sample_metadata, setup),
  });
  const all = records(n);
  for (let i = 0; i < n; i += 10_000) {
    await api.bulkCreateAnnotations(sample.id, all.slice(i, i + 10_000));
  }
  return sample.id;
}

/** Open a sample in a fresh page, optionally with a draft preset, and wait for its map. */
export async function openSample(
  browser: Browser,
  sampleId: string,
  draft: string | null = null,
): Promise<Page> {
  const current = await api.getSample(sampleId);
  if (!current?.physical_sample_metadata) {
    const setup = { ...emptySetup(new Date()), outline: standardWafer(300) };
    await api.updateSample(sampleId, {
      physical_sample_metadata: withSetup(current?.physical_sample_metadata, setup),
    });
  }
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent to the page need it.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(
    ({ id, draft }) => {
      if (draft) localStorage.setItem(`wafer-annotator:draft:${id}`, draft);
    },
    { id: sampleId, draft },
  );
  await page.goto(sampleUrl(sampleId));
  await page.locator('.sample-map canvas').first().waitFor();
  return page;
}

/**
 * A draft of `n` staged points on a grid in the left half of the 300 mm wafer, every one inside
 * the outline (a submit refuses points outside it): x −95..−5 mm, y −100..100 mm, r ≤ 138 mm.
 */
export function draft(n: number): string {
  const side = Math.ceil(Math.sqrt(n));
  const annotations = Array.from({ length: n }, (_, i) => ({
    localId: `bench-${i}`,
    xMm: -95 + (i % side) * (90 / side),
    yMm: -100 + Math.floor(i / side) * (200 / side),
    propertyName: 'thickness',
    propertyValue: i,
    propertyUnit: 'nm',
    charSourceType: null,
    metadata: null,
    site: null,
  }));
  return JSON.stringify({ version: 1, annotations });
}
