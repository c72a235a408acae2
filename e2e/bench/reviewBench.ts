/**
 * Review of 100,000 stored records: from the data arriving (the end of the listing response)
 * to the Review tab showing its statistics and the colour map (the colour bar and the records
 * layer drawn); sorting the annotations table by a column (click to the sorted rows shown);
 * and the JS heap of the page holding them, against the same app with an empty sample.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { installMapProbe, responseEndOf, waitForProbe } from './mapProbe';
import type { Row } from './report';

export interface ReviewFigures {
  usableMs: number;
  /** Request sent → response ended (the server's part, for information). */
  responseMs: number;
  /** Slowest sort of the table, and by which column. */
  sortMs: number;
  sortColumn: string;
  sortMedianMs: number;
  heapBytes: number;
  emptyHeapBytes: number;
  /** The worker's compute time of the heat map, as its method line states it; NaN if none. */
  fieldMs: number;
  /** The method line itself (says whether the sites were binned). */
  fieldLine: string;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Click a column header of the Annotations table; ms until the frame after the re-sorted rows
 * are in the page (the header's aria-sort changes in the same React commit as the rows).
 */
async function timeSort(page: Page, column: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const table = document.querySelector('table[aria-label="Annotations"]');
        const button = [...(table?.querySelectorAll('thead button') ?? [])].find((b) =>
          b.textContent?.startsWith(name),
        ) as HTMLButtonElement | undefined;
        const header = button?.closest('th');
        if (!button || !header) return reject(new Error(`no sort button ${name}`));
        const before = header.getAttribute('aria-sort');
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (header.getAttribute('aria-sort') === before) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - t0));
        });
        observer.observe(header, { attributes: true, attributeFilter: ['aria-sort'] });
        setTimeout(() => reject(new Error(`sorting by ${name} never finished`)), 60_000);
        button.click();
      }),
    column,
  );
}

/** Resolves once 20 animation frames in a row came within 50 ms of each other. */
async function waitQuiet(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let calm = 0;
        let last = performance.now();
        const tick = (now: number) => {
          calm = now - last < 50 ? calm + 1 : 0;
          last = now;
          if (calm >= 20) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** `url(id)` opens a sample; `full` holds `n` stored records, `empty` none. */
export async function measureReview(
  browser: Browser,
  url: (sampleId: string) => string,
  samples: { full: string; empty: string },
  n: number,
): Promise<ReviewFigures> {
  const empty = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await empty.goto(url(samples.empty));
  await empty.getByRole('tab', { name: 'Review (0 stored)' }).click();
  await empty.getByRole('heading', { name: 'Show' }).waitFor();
  const emptyHeapBytes = await heapUsed(await empty.context().newCDPSession(empty));
  await empty.close();

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await installMapProbe(page, n);
  // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page from navigation to the sorts' end.
  const cdp = await page.context().newCDPSession(page);
  if (process.env.BENCH_PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  // BENCH_TRACE=file.json: a Chromium trace from navigation to the review shown.
  if (process.env.BENCH_TRACE) {
    await browser.startTracing(page, {
      path: process.env.BENCH_TRACE,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
  }
  await page.goto(url(samples.full));
  // The Review tab is open before the records arrive (they take seconds to list and send).
  await page.getByRole('tab', { name: /^Review/ }).click();
  const clickedAt = await page.evaluate(() => performance.now());
  const t = await waitForProbe(page, ['statsAt', 'colorBarAt', 'mapDrawnAt']);
  if (process.env.BENCH_TRACE) await browser.stopTracing();
  const path = `/physical_samples/${samples.full}/annotations`;
  const responseEnd = await responseEndOf(page, path);
  if (responseEnd === null) {
    const seen = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    throw new Error(`the listing request was not seen among ${seen.join(', ')}`);
  }
  if (clickedAt > responseEnd) throw new Error('the records arrived before the tab was open');
  const responseMs = await page.evaluate((end) => {
    const e = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (r) => new URL(r.name).pathname.replace(/\/$/, '').endsWith(end) && !new URL(r.name).search,
    );
    return e ? e.responseEnd - e.requestStart : Number.NaN;
  }, path);
  const usableMs =
    Math.max(t.statsAt ?? Number.NaN, t.colorBarAt ?? Number.NaN, t.mapDrawnAt ?? Number.NaN) -
    responseEnd;

  await page.getByRole('table', { name: 'Annotations' }).waitFor();
  // Sorting is timed on a quiet page: after the listing of the shown property (asked of the
  // server once the property is known: another 100,000 records to parse) and its aftermath.
  await page.waitForFunction(
    (end) =>
      performance
        .getEntriesByType('resource')
        .some(
          (e) =>
            new URL(e.name).pathname.replace(/\/$/, '').endsWith(end) && new URL(e.name).search,
        ),
    path,
    { timeout: 120_000 },
  );
  await waitQuiet(page);
  const line = page.getByText(/ cells in \d+ ms/).first();
  await line.waitFor({ state: 'attached', timeout: 120_000 });
  const fieldLine = (await line.textContent()) ?? '';
  const fieldMs = Number(/ in (\d+) ms/.exec(fieldLine)?.[1] ?? Number.NaN);
  const sorts: [string, number][] = [];
  for (const column of ['Value', 'Value', 'x', 'Property', 'Updated', '#']) {
    sorts.push([column, await timeSort(page, column)]);
    await page.waitForTimeout(200);
  }
  const slowest = sorts.reduce((a, b) => (b[1] > a[1] ? b : a));
  const ms = sorts.map(([, v]) => v).sort((a, b) => a - b);
  if (process.env.BENCH_PROFILE) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
  }
  const heapBytes = await heapUsed(cdp);
  await page.close();
  return {
    usableMs,
    responseMs,
    sortMs: slowest[1],
    sortColumn: slowest[0],
    sortMedianMs: ms[Math.floor(ms.length / 2)] ?? Number.NaN,
    heapBytes,
    emptyHeapBytes,
    fieldMs,
    fieldLine,
  };
}

/** The report's rows for the review figures. */
export function reviewRows(f: ReviewFigures, n: number): Row[] {
  const count = n.toLocaleString('en');
  const mb = (b: number) => b / 1e6;
  return [
    {
      what: `(f) review of ${count} records: data arrival → statistics and colour map shown`,
      app: f.usableMs,
      baseline: null,
      baselineName: '',
      target: { ms: 1000 },
    },
    {
      what: '    listing request sent → response ended (server and transfer, info)',
      app: f.responseMs,
      baseline: null,
      baselineName: '',
      target: null,
    },
    {
      what: `(f) heat map of ${count} records computed in the worker (${/binned/.test(f.fieldLine) ? 'binned to the grid' : 'every site'})`,
      app: f.fieldMs,
      baseline: null,
      baselineName: '',
      target: { ms: 1000 },
    },
    {
      what: `(f) sort the annotations table of ${count} rows (slowest column: ${f.sortColumn})`,
      app: f.sortMs,
      baseline: null,
      baselineName: '',
      target: { ms: 200 },
    },
    {
      what: '    sort, median over the columns tried',
      app: f.sortMedianMs,
      baseline: null,
      baselineName: '',
      target: null,
    },
    {
      what: `(g) JS heap after loading ${count} records (MB)`,
      app: mb(f.heapBytes),
      baseline: mb(f.emptyHeapBytes),
      baselineName: 'empty sample',
      target: null,
      unit: 'MB',
    },
  ];
}
