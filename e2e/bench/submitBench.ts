/** (d) Bulk submit of 10,000 staged points through the UI, against the store's raw insert. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { ApiClient } from '../../src/api/client';
import type { AnnotationCreate } from '../../src/api/schemas';
import { openStore } from '../../src/server/store';
import type { Row } from './report';

const N = 10_000;

/** The same 10,000 rows the UI sends (sample frame, mm, with resubmit tokens). */
function rows(): AnnotationCreate[] {
  return Array.from({ length: N }, (_, i) => ({
    property_name: 'thickness',
    property_value: i,
    property_unit: 'nm',
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: -95 + (i % 100) * 0.9,
    coord_y: -100 + Math.floor(i / 100) * 2,
    metadata: { client_batch: '00000000-0000-4000-8000-000000000000', client_index: i },
  }));
}

export async function measureBulk(
  browser: Browser,
  api: ApiClient,
  open: (sampleId: string) => Promise<Page>,
): Promise<Row[]> {
  const sample = await api.createSample('Bench bulk');
  const page = await open(sample.id);
  await page.getByRole('tab', { name: `Entry (${N.toLocaleString('en')} staged)` }).waitFor();
  const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (process.env.BENCH_TRACE)
    await browser.startTracing(page, {
      path: process.env.BENCH_TRACE,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
  const [clickMs, appMs] = await page.evaluate(
    (n) =>
      new Promise<[number, number]>((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find((b) =>
          b.textContent?.startsWith(`Submit ${n}`),
        );
        const tab = document.getElementById('tab-entry');
        if (!button || !tab) return reject(new Error('submit button or entry tab not found'));
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (tab.textContent?.startsWith('Entry (0 staged)')) {
            observer.disconnect();
            resolve([t0, performance.now() - t0]);
          }
        });
        observer.observe(tab, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    N,
  );
  if (process.env.BENCH_TRACE) await browser.stopTracing();
  if (process.env.BENCH_VERBOSE)
    console.log('DOM nodes', await page.evaluate(() => document.querySelectorAll('*').length));
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    (await import('node:fs')).writeFileSync(
      process.env.BENCH_PROFILE as string,
      JSON.stringify(profile),
    );
  }
  if (process.env.BENCH_VERBOSE) {
    // Where the time goes: each bulk request's start and duration, relative to the click.
    const requests = await page.evaluate(
      (t0) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/annotations'))
          .map(
            (e) =>
              `${e.name.split('/').pop()} start ${(e.startTime - t0).toFixed(0)} dur ${e.duration.toFixed(0)}`,
          ),
      clickMs,
    );
    console.log(requests.join('\n'));
  }
  await page.close();
  const stored = (await api.listAnnotations(sample.id)).length;
  if (stored !== N) throw new Error(`bulk submit stored ${stored} of ${N}`);

  const store = openStore(
    path.join(mkdtempSync(path.join(tmpdir(), 'wafer-bench-raw-')), 'raw.sqlite'),
  );
  const raw = store.createSample('raw');
  const items = rows();
  const t0 = performance.now();
  store.createAnnotations(raw.id, items);
  const rawMs = performance.now() - t0;
  store.close();
  return [
    {
      what: `(d) bulk submit of ${N.toLocaleString('en')} through the UI (chunks of 1,000)`,
      app: appMs,
      baseline: rawMs,
      baselineName: 'store insert',
      // Issue 17: within 5× the raw store insert of the same rows, measured in the same run.
      target: { ratio: 5 },
    },
  ];
}
