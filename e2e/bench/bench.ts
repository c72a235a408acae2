/**
 * `npm run bench`: measures loading, rendering, entry latency, bulk submit, import and review in
 * headless Chromium against baselines measured in the same run, prints a table and writes
 * docs/benchmarks.md. Not a test: figures vary with the machine; ratios are what compare.
 * BENCH_ONLY=abcdefghi picks measurements (while working on one); only a full run writes the doc.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../env';
import { api, draft, openSample, sampleUrl, seedSample } from './data';
import { measureImport } from './importBench';
import { latencyRows } from './latencyRows';
import { bundleRows, coldLoadRows } from './loadBench';
import { renderRows } from './renderRows';
import { machineDetails, type Row, renderMarkdown } from './report';
import { measureReview, reviewRows } from './reviewBench';
import { startServers } from './servers';
import { measureBulk } from './submitBench';

const ALL = 'abcdefghi';
const REVIEW_N = 100_000;

/** Progress on stderr: a full run takes minutes. */
const step = (what: string) => console.error(`bench: ${what}…`);

async function measure(browser: Browser, only: string): Promise<Row[]> {
  const rows: Row[] = [];
  const wants = (letters: string) => [...letters].some((l) => only.includes(l));
  if (wants('h')) rows.push(...bundleRows());
  // One sample per size, seeded once: the render, review and load measurements share them.
  const samples = new Map<number, string>();
  const sizes = wants('ab') ? [1_000, 10_000, REVIEW_N] : [];
  if (wants('fg')) sizes.push(REVIEW_N);
  if (wants('i')) sizes.push(1_000);
  for (const n of new Set(sizes).values()) {
    step(`seeding a sample of ${n} records`);
    samples.set(n, await seedSample(`Bench ${n.toLocaleString('en')} records`, n));
  }
  if (wants('i')) step('(i) cold loads');
  if (wants('i')) rows.push(...(await coldLoadRows(browser, samples.get(1_000) as string, 1_000)));
  if (wants('ab')) step('(a, b) rendering');
  if (wants('ab')) rows.push(...(await renderRows(browser, samples)));
  if (wants('c')) step('(c) entry latency');
  if (wants('c')) rows.push(...(await latencyRows(browser)));
  if (wants('d')) {
    step('(d) bulk submit');
    rows.push(...(await measureBulk(browser, api, (id) => openSample(browser, id, draft(10_000)))));
  }
  if (wants('e'))
    rows.push(...(await measureImport(browser, api, (id) => openSample(browser, id))));
  if (wants('fg')) {
    step('(f, g) review');
    const empty = await seedSample('Bench empty', 0);
    const full = samples.get(REVIEW_N) as string;
    const f = await measureReview(browser, sampleUrl, { full, empty }, REVIEW_N);
    rows.push(...reviewRows(f, REVIEW_N));
  }
  return rows;
}

async function main() {
  const stop = await startServers();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const only = process.env.BENCH_ONLY ?? ALL;
    const rows = await measure(browser, only);
    const markdown = renderMarkdown(rows, machineDetails(await browser.version()));
    console.log(markdown);
    if (only === ALL) {
      writeFileSync(path.resolve(import.meta.dirname, '../../docs/benchmarks.md'), markdown);
    }
  } finally {
    await browser.close();
    stop();
  }
}

await main();
