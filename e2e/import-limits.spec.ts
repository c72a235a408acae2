/** Limits of the importer: a large file parsed off the main thread, and the 50 MB ceiling. */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ImportDialog } from './importDialog';

test('a 40,000-row file is parsed in the worker and staged in one step', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Large file 300 mm');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  const lines = ['x_mm,y_mm,thickness_nm,GOF'];
  for (let i = 0; i < 40_000; i++) {
    const r = 140 * Math.sqrt((i % 997) / 997);
    const t = i * 2.399963;
    lines.push(
      `${(r * Math.cos(t)).toFixed(4)},${(r * Math.sin(t)).toFixed(4)},${(100 + (i % 50) / 10).toFixed(3)},0.991`,
    );
  }
  const buffer = Buffer.from(`${lines.join('\n')}\n`);
  expect(buffer.length).toBeGreaterThan(1024 * 1024);
  const dialog = new ImportDialog(page);
  await dialog.open();
  const start = Date.now();
  await dialog.chooseFile({ name: 'large.csv', mimeType: 'text/csv', buffer });
  await expect(dialog.dialog).toContainText('read in the background');
  await expect(dialog.summary()).toContainText('40,000 points with 40,000 values read');
  const analysed = Date.now() - start;
  await dialog.field('Unit checked').check();
  const stageStart = Date.now();
  await dialog.stageButton().click();
  await expect(page.getByRole('heading', { name: 'Staged (40,000)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Staged annotations pages' })).toContainText(
    'Rows 39,901–40,000 of 40,000',
  );
  console.log(`40,000 rows: preview in ${analysed} ms, staged in ${Date.now() - stageStart} ms`);

  // Far beyond what localStorage holds, the draft is kept in IndexedDB and survives a reload.
  const draftKey = `wafer-annotator:draft:${sample.id}`;
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), draftKey))
    .toMatchObject({ overflow: true, count: 40_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Staged (40,000)' })).toBeVisible();
  await expect(samplePage.stagedRows().first()).toContainText('100');
});

test('a file over 50 MB is refused with a clear message', async ({
  newSample,
  samplePage,
  page,
}, testInfo) => {
  const sample = await newSample('Too big');
  await samplePage.open(sample.id);
  const big = testInfo.outputPath('too-big.csv');
  writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 'x,y,v\n'));
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile(big);
  await expect(dialog.dialog.getByRole('alert')).toHaveText(
    'too-big.csv is 51.0 MB, more than the 50.0 MB the importer takes. Split it, or export fewer wafers or columns.',
  );
  await expect(dialog.summary()).toHaveCount(0);
});
