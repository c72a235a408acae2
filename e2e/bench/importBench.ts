/** (e) Import of a 100,000-row CSV through the import dialog, from choosing the file to staged. */
import type { Browser, Page } from '@playwright/test';
import type { ApiClient } from '../../src/api/client';
import { ImportDialog } from '../importDialog';
import type { Row } from './report';

const N = 100_000;

function csv(): Buffer {
  const lines = ['x_mm,y_mm,thickness_nm'];
  for (let i = 0; i < N; i++) {
    const r = 140 * Math.sqrt((i + 0.5) / N);
    const a = i * 2.399963;
    lines.push(
      `${(r * Math.cos(a)).toFixed(4)},${(r * Math.sin(a)).toFixed(4)},${(100 + (i % 97) / 10).toFixed(2)}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Resolves when `predicate` (run in the page every animation frame) is true; returns ms. */
async function waitMs(page: Page, since: number, predicate: string): Promise<number> {
  await page.waitForFunction(predicate, undefined, { polling: 'raf', timeout: 120_000 });
  return page.evaluate((t0) => performance.now() - t0, since);
}

export async function measureImport(
  _browser: Browser,
  api: ApiClient,
  open: (sampleId: string) => Promise<Page>,
): Promise<Row[]> {
  const sample = await api.createSample('Bench import');
  const page = await open(sample.id);
  const dialog = new ImportDialog(page);
  await dialog.open();
  const buffer = csv();
  const t0 = await page.evaluate(() => performance.now());
  await dialog.chooseFile({ name: 'bench-100k.csv', mimeType: 'text/csv', buffer });
  const previewMs = await waitMs(
    page,
    t0,
    `document.querySelector('[data-testid="import-summary"]')?.textContent?.includes('${N.toLocaleString('en')} points')`,
  );
  await dialog.field('Unit checked').check();
  const t1 = await page.evaluate(() => performance.now());
  await dialog.stageButton().click();
  const stageMs = await waitMs(
    page,
    t1,
    `document.getElementById('tab-entry')?.textContent?.startsWith('Entry (${N.toLocaleString('en')} staged)')`,
  );
  await page.close();
  return [
    {
      what: `(e) import ${N.toLocaleString('en')}-row CSV (${(buffer.length / 2 ** 20).toFixed(1)} MB): file → preview and checks`,
      app: previewMs,
      baseline: null,
      baselineName: '',
      target: { ms: 2000 },
    },
    {
      what: '    then Stage → all points staged',
      app: stageMs,
      baseline: null,
      baselineName: '',
      target: null,
    },
  ];
}
