/**
 * An init script for benchmark pages: records (on `window.__probe`, in the page's
 * performance.now() time, which starts at navigation) when the records layer of the map is
 * first drawn with a given number of stored records, when the statistics table first shows
 * that many values, and when the colour bar first appears. Installed before any app code runs,
 * so a cold load is timed from navigation.
 */
import type { Page } from '@playwright/test';

export interface ProbeTimes {
  /** The records layer drawn while the map says `${n} stored` (n with thousands separators). */
  mapDrawnAt: number | null;
  /** The statistics table shows n = `${n}`. */
  statsAt: number | null;
  /** A colour bar is on the page. */
  colorBarAt: number | null;
}

/** Runs in the page before its scripts. */
function probe(n: number) {
  const times = { mapDrawnAt: null, statsAt: null, colorBarAt: null } as {
    mapDrawnAt: number | null;
    statsAt: number | null;
    colorBarAt: number | null;
  };
  (window as unknown as { __probe: typeof times }).__probe = times;
  const stored = `: ${n.toLocaleString('en')} stored`;
  const check = () => {
    if (times.statsAt === null) {
      const cell = document.querySelector('table[aria-label="Statistics"] td.stat-value');
      if (cell?.textContent === String(n)) times.statsAt = performance.now();
    }
    if (times.colorBarAt === null && document.querySelector('figure.color-bar')) {
      times.colorBarAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  type Layer = {
    on(evt: string, fn: () => void): void;
    getNativeCanvasElement(): HTMLCanvasElement;
  };
  type Konva = { stages: Array<{ getLayers(): Layer[] }> };
  const hooked = new WeakSet<Layer>();
  // The stage appears once the workspace chunk is in; hook its records layer then, and keep
  // looking (the map may mount again).
  const look = () => {
    const konva = (window as unknown as { Konva?: Konva }).Konva;
    for (const stage of konva?.stages ?? []) {
      for (const layer of stage.getLayers()) {
        if (hooked.has(layer) || layer.getNativeCanvasElement().dataset.layer !== 'records')
          continue;
        hooked.add(layer);
        layer.on('draw.probe', () => {
          const label = document.querySelector('.sample-map')?.getAttribute('aria-label') ?? '';
          if (times.mapDrawnAt === null && label.includes(stored))
            times.mapDrawnAt = performance.now();
        });
      }
    }
    if (times.mapDrawnAt === null) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Install the probe for a map of `n` stored records (before navigating). */
export async function installMapProbe(page: Page, n: number): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions in __name(); a page has none.
  const nameShim = 'window.__name = window.__name || ((f) => f);';
  await page.addInitScript({ content: `${nameShim}(${probe.toString()})(${n});` });
}

/** Wait until `key` has been recorded; returns every time recorded so far. */
export async function waitForProbe(
  page: Page,
  keys: (keyof ProbeTimes)[],
  timeoutMs = 180_000,
): Promise<ProbeTimes> {
  await page.waitForFunction(
    (ks) => {
      const t = (window as unknown as { __probe?: Record<string, number | null> }).__probe;
      return t !== undefined && ks.every((k) => t[k] !== null);
    },
    keys,
    { polling: 100, timeout: timeoutMs },
  );
  return page.evaluate(() => (window as unknown as { __probe: ProbeTimes }).__probe);
}

/** When (page time) the response of the GET matching `pathEnd` (no query string) ended. */
export async function responseEndOf(page: Page, pathEnd: string): Promise<number | null> {
  return page.evaluate((end) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const hit = entries.find(
      (e) => new URL(e.name).pathname.replace(/\/$/, '').endsWith(end) && !new URL(e.name).search,
    );
    return hit ? hit.responseEnd : null;
  }, pathEnd);
}
