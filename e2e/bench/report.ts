/** The benchmark's table, its verdicts against the targets, and the machine it ran on. */
import { cpus, totalmem } from 'node:os';

export interface Row {
  what: string;
  /** In `unit` (ms unless said). */
  app: number;
  baseline: number | null;
  baselineName: string;
  /** Target as a ratio to the baseline, an absolute time in ms, or a value in `unit`. */
  target: { ratio: number } | { ms: number } | { value: number } | null;
  unit?: 'ms' | 'kB' | 'MB';
}

const fmtMs = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

const fmt = (v: number, unit: Row['unit'] = 'ms') =>
  unit === 'ms' ? fmtMs(v) : `${v.toFixed(1)} ${unit}`;

function verdict(r: Row): string {
  if (!r.target) return '';
  if ('ratio' in r.target) {
    if (r.baseline === null) return '';
    const ratio = r.app / r.baseline;
    return `${ratio <= r.target.ratio ? 'met' : 'MISSED'} (≤ ${r.target.ratio}× baseline)`;
  }
  const limit = 'ms' in r.target ? r.target.ms : r.target.value;
  return `${r.app <= limit ? 'met' : 'MISSED'} (≤ ${fmt(limit, r.unit)})`;
}

export function machineDetails(browserVersion: string): string {
  const cpu = cpus();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version}, Chromium ${browserVersion} (headless, no GPU)`,
    `- Platform: ${process.platform} ${process.arch}`,
  ].join('\n');
}

/** The whole report as Markdown. */
export function renderMarkdown(rows: Row[], machine: string): string {
  const lines = rows.map((r) => {
    const ratio = r.baseline === null ? '' : `${(r.app / r.baseline).toFixed(2)}×`;
    const baseline = r.baseline === null ? '' : `${fmt(r.baseline, r.unit)} (${r.baselineName})`;
    return `| ${r.what} | ${fmt(r.app, r.unit)} | ${baseline} | ${ratio} | ${verdict(r)} |`;
  });
  const missed = rows.filter((r) => verdict(r).startsWith('MISSED'));
  return [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (e2e/bench/bench.ts): headless Chromium against the local API and',
    'the built app, every baseline measured in the same page and run. The machine is small and',
    'shared, so absolute times are noisy; the ratios are what compare.',
    '',
    '| Measurement | App | Baseline | Ratio | Target |',
    '|---|---|---|---|---|',
    ...lines,
    '',
    missed.length === 0
      ? 'Every target was met in this run.'
      : `Targets missed in this run: ${missed.map((r) => r.what.trim()).join('; ')}.`,
    '',
    '## How each figure is taken',
    '',
    '- (a) Full draw: median of 7 `stage.draw()` calls (every layer: outline, interpolated map,',
    '  records, staged, overlay) with N stored records and every cached layer bitmap dropped',
    '  first (what a first draw, or the redraw when a zoom gesture settles, costs), against a raw',
    '  Canvas 2D loop filling and stroking the same N circles with the same colours on a canvas',
    '  of the same size and pixel ratio.',
    '- (b) Pan frame: median of 30 frames of moving the stage 3 px and redrawing (layers with more',
    '  than 1,500 markers are drawn from their cached bitmap), against the raw loop redrawn with a',
    '  translation. Drag-pan and wheel-zoom frames: a real mouse drag (40 moves of 4 px) and 40',
    "  wheel notches over the map at 100,000 records; per frame, the input event to React's",
    "  commit of the new transform plus the stage's draw in the next animation frame (first",
    '  layer to last). During the gesture the records are a transformed bitmap; when it settles',
    '  (pointer up, or 150 ms after the last wheel event) the next frame redraws them sharp, timed',
    '  as "sharp redraw when the zoom settles".',
    '- (c) Entry latency with 10,000 staged points: from the input event (pointerdown, or the Enter',
    '  keydown in the entry form) to the next draw of the staged layer, which happens on the next',
    '  animation frame; "synchronous work" stops at the end of the app\'s event handling.',
    '- (d) Bulk submit of 10,000 staged points through the UI (chunks of 1,000) until nothing is',
    "  staged, against the local server's store inserting the same rows directly, in the same run.",
    '  The page unstages and caches what came back at most once per animation frame, once a',
    '  second and a quarter of its time (paced by what the last update took to render and draw;',
    '  chunks answered in between go together); progress is shown with every chunk. The draft is',
    '  written once, at the end (the resubmit ledger, written before sending, covers the time',
    '  until then).',
    '- (e) Import of a 100,000-row CSV through the import dialog, from choosing the file to the',
    '  points being staged.',
    '- (f) Review of 100,000 stored records: the Review tab is opened before the records arrive;',
    '  from the end of the listing response (Resource Timing `responseEnd`: JSON parsing, checking',
    '  and everything after it counted) to the statistics table showing n = 100000, the colour bar',
    '  shown and the records layer drawn, whichever is last. Sort: a click on a column header of',
    '  the Annotations table to the frame after the re-sorted rows are in the page; the slowest of',
    '  Value ▲, Value ▼, x, Property, Updated and # is the figure.',
    '- (g) JS heap (after a forced garbage collection) of the page holding the 100,000 records in',
    '  its Review tab, against the same app showing an empty sample.',
    '- (h) First-load bytes of the built app: index.html, the scripts and style sheets it names',
    '  and the chunks those import statically, gzip level 9 (what the server sends); the deep link',
    '  adds the workspace chunk and its static imports (`npm run check:bundle` prints each file).',
    '- (i) A deep link `/?sample=…` in a fresh browser context (empty cache), served by the',
    '  production server (`src/server/start.ts`): navigation start to the records layer drawn with',
    '  every record, median of 5 loads, against the first contentful paint of the same loads.',
    '',
    '## Machine',
    '',
    machine,
    '',
  ].join('\n');
}
