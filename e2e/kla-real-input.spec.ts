/**
 * Real input: all 49 sites of wafer Slot01 from a real KLA-F5x export (thickness in nm, X/Y in
 * mm), typed through the UI on a 300 mm outline and submitted in one bulk request.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { readKlaWafer } from './klaFile';

test('enter the 49 sites of KLA Slot01 by hand and submit them in one request', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  test.setTimeout(120_000);
  const { sites, mean } = readKlaWafer('Slot01');
  expect(sites).toHaveLength(49);
  expect(mean).toBe(9.7878);

  const sample = await newSample('KLA Slot01 native oxide');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Unit').fill('nm');
  await samplePage.field('Source').fill('KLA-F5x');

  for (const s of sites) {
    await samplePage.field('x (mm)').fill(s.xMm);
    await samplePage.field('y (mm)').fill(s.yMm);
    await samplePage.field('Value').fill(String(s.thicknessNm));
    await samplePage.field('Value').press('Enter');
    await expect(samplePage.field('x (mm)')).toHaveValue('');
  }
  await expect(samplePage.stagedRows()).toHaveCount(49);

  const bulkRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/annotations/bulk')) bulkRequests.push(r.url());
  });
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  expect(bulkRequests).toHaveLength(1);

  const stored = await api.listAnnotations(sample.id);
  expect(stored).toHaveLength(49);
  stored.forEach((r, i) => {
    const s = sites[i];
    if (!s) throw new Error('more records than sites');
    expect(Math.abs((r.coord_x ?? Number.NaN) - Number(s.xMm))).toBeLessThanOrEqual(0.001);
    expect(Math.abs((r.coord_y ?? Number.NaN) - Number(s.yMm))).toBeLessThanOrEqual(0.001);
    expect(r.char_source_type).toBe('KLA-F5x');
  });
  const storedMean = stored.reduce((sum, r) => sum + r.property_value, 0) / stored.length;
  expect(Math.abs(storedMean - 9.7878)).toBeLessThanOrEqual(6e-5);

  // The map with the 49 records, for the README: written under test-results, and copied to
  // docs/screenshot.png when UPDATE_SCREENSHOTS=1.
  await samplePage.openTab('Review');
  await expect(samplePage.records.locator('tbody tr')).toHaveCount(49);
  await page.mouse.move(0, 0);
  const root = path.resolve(import.meta.dirname, '..');
  const shots = [path.join(root, 'test-results', 'kla-slot01-map.png')];
  if (process.env.UPDATE_SCREENSHOTS === '1') shots.push(path.join(root, 'docs', 'screenshot.png'));
  for (const file of shots) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
});
