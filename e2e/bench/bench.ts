/**
 * `npm run bench`: measures rendering, entry latency, bulk submit and import in headless
 * Chromium against baselines measured in the same run, prints a table and writes
 * docs/benchmarks.md. Not a test: figures vary with the machine; ratios are what compare.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { interpolateViridis } from 'd3-scale-chromatic';
import { createApiClient } from '../../src/api/client';
import type { AnnotationCreate } from '../../src/api/schemas';
import { standardWafer } from '../../src/domain/geometry/outline';
import { emptySetup, withSetup } from '../../src/domain/setup/setup';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../env';
import { measureImport } from './importBench';
import { installLatencyProbe, median, readLatency } from './latency';
import { measureGestures, measureRender } from './render';
import { machineDetails, type Row, renderMarkdown } from './report';
import { BENCH_API_PORT, BENCH_APP_PORT, BENCH_KEY, startServers } from './servers';
import { measureBulk } from './submitBench';

const APP = `http://127.0.0.1:${BENCH_APP_PORT}`;
const api = createApiClient({ baseUrl: `http://127.0.0.1:${BENCH_API_PORT}`, apiKey: BENCH_KEY });

/** N records spread over a 300 mm wafer (golden-angle spiral), values in a smooth bowl. */
function records(n: number): AnnotationCreate[] {
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

/** Open a sample in a fresh page with its outline (on the server) and optionally a draft preset. */
export async function openSample(
  browser: import('@playwright/test').Browser,
  sampleId: string,
  draft: string | null = null,
): Promise<Page> {
  const current = await api.getSample(sampleId);
  const setup = { ...emptySetup(new Date()), outline: standardWafer(300) };
  await api.updateSample(sampleId, {
    physical_sample_metadata: withSetup(current?.physical_sample_metadata, setup),
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx (esbuild, keepNames) wraps named functions in __name(); functions sent to the page need it.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(
    ({ id, draft }) => {
      if (draft) localStorage.setItem(`wafer-annotator:draft:${id}`, draft);
    },
    { id: sampleId, draft },
  );
  await page.goto(`${APP}/?sample=${sampleId}`);
  await page.locator('.sample-map canvas').first().waitFor();
  return page;
}

async function renderRows(browser: import('@playwright/test').Browser): Promise<Row[]> {
  const rows: Row[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const sample = await api.createSample(`Bench render ${n}`);
    const all = records(n);
    for (let i = 0; i < n; i += 10_000)
      await api.bulkCreateAnnotations(sample.id, all.slice(i, i + 10_000));
    const t0 = Date.now();
    const page = await openSample(browser, sample.id);
    await page.getByRole('tab', { name: `Review (${n} stored)` }).waitFor({ timeout: 120_000 });
    const loadMs = Date.now() - t0;
    const colors = all.map((r) => interpolateViridis((r.property_value - 100) / 10));
    const f = await measureRender(page, colors);
    const count = n.toLocaleString('en');
    rows.push(
      {
        what: `(a) full draw, ${count} records`,
        app: f.appDrawMs,
        baseline: f.rawDrawMs,
        baselineName: 'raw canvas',
        target: n === 100_000 ? { ratio: 2 } : null,
      },
      {
        what: `(b) pan frame (stage moved, redrawn), ${count} records`,
        app: f.appPanMs,
        baseline: f.rawPanMs,
        baselineName: 'raw canvas',
        target: n >= 10_000 ? { ms: 16.7 } : null,
      },
      {
        what: `    open page → ${n.toLocaleString('en')} records loaded (info)`,
        app: loadMs,
        baseline: null,
        baselineName: '',
        target: null,
      },
    );
    if (n === 100_000) rows.push(...(await gestureRows(page, count, f.rawPanMs)));
    await page.close();
  }
  return rows;
}

const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? Number.NaN;
};

/** Frames of a real mouse drag and wheel zoom: the app's work per frame (commit + draw). */
async function gestureRows(page: Page, count: string, rawPanMs: number): Promise<Row[]> {
  const g = await measureGestures(page);
  const frame = (s: { syncMs: number; drawMs: number }) => s.syncMs + s.drawMs;
  const row = (what: string, app: number, target: Row['target'], baseline: number | null) => ({
    what,
    app,
    baseline,
    baselineName: baseline === null ? '' : 'raw canvas pan',
    target,
  });
  const pan = g.pan.map(frame);
  const zoom = g.zoom.map(frame);
  return [
    row(
      `(b) drag-pan frame, ${count} records (median of ${pan.length})`,
      median(pan),
      { ms: 16.7 },
      rawPanMs,
    ),
    row('    drag-pan frame, 95th percentile', p95(pan), null, null),
    row(
      `(b) wheel-zoom frame, ${count} records (median of ${zoom.length})`,
      median(zoom),
      { ms: 16.7 },
      rawPanMs,
    ),
    row('    wheel-zoom frame, 95th percentile', p95(zoom), null, null),
    row(
      '    of which React commit, drag-pan (median)',
      median(g.pan.map((f) => f.syncMs)),
      null,
      null,
    ),
    row(
      '    of which React commit, wheel-zoom (median)',
      median(g.zoom.map((f) => f.syncMs)),
      null,
      null,
    ),
    row('    sharp redraw when the zoom settles (one frame)', g.settleMs, null, null),
  ];
}

/**
 * A draft of `n` staged points on a grid in the left half of the 300 mm wafer, every one inside
 * the outline (a submit refuses points outside it): x −95..−5 mm, y −100..100 mm, r ≤ 138 mm.
 */
function draft(n: number): string {
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

async function latencyRows(browser: import('@playwright/test').Browser): Promise<Row[]> {
  const sample = await api.createSample('Bench latency');
  const page = await openSample(browser, sample.id, draft(10_000));
  await page.getByRole('tab', { name: 'Entry (10000 staged)' }).waitFor();
  const form = page.getByRole('form', { name: 'Measurement entry' });
  await form.getByLabel('Property', { exact: true }).fill('thickness');

  await installLatencyProbe(page, 'pointerdown', 'pointerup', 'overlay');
  const box = await page.locator('.sample-map').boundingBox();
  if (!box) throw new Error('no map');
  for (let i = 0; i < 50; i++) {
    // Free space right of the staged grid, so the click places instead of selecting.
    await page.mouse.click(
      box.x + box.width * (0.62 + (i % 10) * 0.02),
      box.y + box.height * (0.4 + Math.floor(i / 10) * 0.03),
    );
    await page.waitForTimeout(30);
  }
  const clicks = await readLatency(page);

  await installLatencyProbe(page, 'keydown', 'submit', 'staged');
  for (let i = 0; i < 50; i++) {
    await form.getByLabel('x (mm)', { exact: true }).fill(String(20 + (i % 10) * 10));
    await form.getByLabel('y (mm)', { exact: true }).fill(String(-50 + Math.floor(i / 10) * 20));
    await form.getByLabel('Value', { exact: true }).fill(String(i));
    await form.getByLabel('Value', { exact: true }).press('Enter');
    await page.waitForTimeout(30);
  }
  const enters = (await readLatency(page)).slice(-50);
  await page.close();
  return [
    {
      what: `(c) click → pending point drawn, 10,000 staged (median of ${clicks.length})`,
      app: median(clicks.map((s) => s.totalMs)),
      baseline: null,
      baselineName: '',
      target: null,
    },
    {
      what: `(c) Enter → point staged and drawn, 10,000 staged (median of ${enters.length})`,
      app: median(enters.map((s) => s.totalMs)),
      baseline: null,
      baselineName: '',
      target: { ms: 16 },
    },
    {
      what: '    of which synchronous work (React commit, store, table page)',
      app: median(enters.map((s) => s.syncMs)),
      baseline: null,
      baselineName: '',
      target: null,
    },
  ];
}

async function main() {
  const stop = await startServers();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // BENCH_ONLY=abcde picks measurements (while working on one); only a full run writes the doc.
    const only = process.env.BENCH_ONLY ?? 'abcde';
    const rows = [
      ...(/[ab]/.test(only) ? await renderRows(browser) : []),
      ...(only.includes('c') ? await latencyRows(browser) : []),
      ...(only.includes('d')
        ? await measureBulk(browser, api, (id) => openSample(browser, id, draft(10_000)))
        : []),
      ...(only.includes('e')
        ? await measureImport(browser, api, (id) => openSample(browser, id))
        : []),
    ];
    const machine = machineDetails(await browser.version());
    const markdown = renderMarkdown(rows, machine);
    console.log(markdown);
    if (only === 'abcde')
      writeFileSync(path.resolve(import.meta.dirname, '../../docs/benchmarks.md'), markdown);
  } finally {
    await browser.close();
    stop();
  }
}

await main();
