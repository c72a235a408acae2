/** (a) full draw and (b) pan frames at 1,000, 10,000 and 100,000 stored records, and the frames
 * of real drag and wheel gestures at 100,000. */
import type { Browser, Page } from '@playwright/test';
import { interpolateViridis } from 'd3-scale-chromatic';
import { openSample, records } from './data';
import { median } from './latency';
import { measureGestures, measureRender } from './render';
import type { Row } from './report';

/** (a) and (b) for each sample of `samples` (record count → sample id). */
export async function renderRows(browser: Browser, samples: Map<number, string>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [n, sampleId] of samples) {
    const all = records(n);
    const t0 = Date.now();
    const page = await openSample(browser, sampleId);
    await page
      .getByRole('tab', { name: `Review (${n.toLocaleString('en')} stored)` })
      .waitFor({ timeout: 120_000 });
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
