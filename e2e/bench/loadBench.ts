/**
 * Loading the built app: (h) the bytes of the first load and of a deep link to a sample (gzip,
 * counted from dist/ as `npm run check:bundle` does), and (i) navigation → map drawn for a deep
 * link, the median of 5 cold loads (a fresh browser context each: empty cache), against the
 * first contentful paint of the same loads (the app's header, from the entry chunk alone).
 */
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { FIRST_LOAD_BUDGET_BYTES, gzipTotal } from '../../src/build/bundleBudget';
import { bundleFigures } from '../../src/build/bundleFigures';
import { sampleUrl } from './data';
import { median } from './latency';
import { installMapProbe, waitForProbe } from './mapProbe';
import type { Row } from './report';

const dist = path.resolve(import.meta.dirname, '../../dist');

/** First-load and deep-link bytes of the build the servers serve. */
export function bundleRows(): Row[] {
  const f = bundleFigures(dist);
  const kB = (b: number) => b / 1000;
  return [
    {
      what: '(h) first load: index.html, entry script, CSS and preloads (gzip)',
      app: kB(gzipTotal(f.firstLoad)),
      baseline: null,
      baselineName: '',
      target: { value: kB(FIRST_LOAD_BUDGET_BYTES) },
      unit: 'kB',
    },
    {
      what: '    deep link to a sample: first load + workspace chunks (gzip, info)',
      app: f.deepLink ? kB(gzipTotal(f.deepLink)) : Number.NaN,
      baseline: null,
      baselineName: '',
      target: null,
      unit: 'kB',
    },
  ];
}

/** (i) Navigation to `?sample=` → its `n` records drawn, cold, `loads` times. */
export async function coldLoadRows(
  browser: Browser,
  sampleId: string,
  n: number,
  loads = 5,
): Promise<Row[]> {
  const drawn: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await installMapProbe(page, n);
    await page.goto(sampleUrl(sampleId));
    const t = await waitForProbe(page, ['mapDrawnAt']);
    drawn.push(t.mapDrawnAt ?? Number.NaN);
    painted.push(
      await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ),
    );
    await context.close();
  }
  return [
    {
      what: `(i) navigation → map drawn, deep link to ${n.toLocaleString('en')} records (median of ${loads} cold loads)`,
      app: median(drawn),
      baseline: median(painted),
      baselineName: 'first contentful paint',
      target: null,
    },
  ];
}
