/** (c) Entry latency with 10,000 staged points: click → pending point drawn, Enter → staged. */
import type { Browser } from '@playwright/test';
import { api, draft, openSample } from './data';
import { installLatencyProbe, median, readLatency } from './latency';
import type { Row } from './report';

export async function latencyRows(browser: Browser): Promise<Row[]> {
  const sample = await api.createSample('Bench latency');
  const page = await openSample(browser, sample.id, draft(10_000));
  await page.getByRole('tab', { name: 'Entry (10,000 staged)' }).waitFor();
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
