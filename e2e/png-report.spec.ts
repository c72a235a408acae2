/**
 * The single-sample PNG to the lot report's standard: the file states (and the picture draws)
 * the spec limits, the ▲/▼ legend, the statistics, the method and an ISO date.
 */
import { readFileSync } from 'node:fs';
import { standardWafer } from '../src/domain/geometry/outline';
import { emptySetup, withSetup } from '../src/domain/setup/setup';
import { readPngText } from '../src/io/pngText';
import { expect, test } from './fixtures';
import { download } from './importDialog';
import { seedKlaLot } from './lotSeed';

test('the PNG export carries the ISO date, the ▲/▼ legend, the limits and the statistics', async ({
  api,
  page,
  samplePage,
}, testInfo) => {
  const [wafer] = await seedKlaLot(api, `(png ${testInfo.testId.slice(0, 8)})`, 1);
  if (!wafer) throw new Error('not seeded');
  const current = await api.getSample(wafer.sampleId);
  const setup = {
    ...emptySetup(new Date()),
    outline: standardWafer(300),
    limits: [{ property: '1st Thickness', unit: 'nm', lsl: 9.6, usl: 10.5 }],
  };
  await api.updateSample(wafer.sampleId, {
    physical_sample_metadata: withSetup(current?.physical_sample_metadata, setup),
  });
  await samplePage.open(wafer.sampleId);
  await expect(page.getByTestId('color-bar-max')).toHaveText('max 10.6835 nm');

  await page.getByRole('button', { name: 'Export PNG…' }).click();
  const png = await download(page, () =>
    page
      .getByRole('dialog', { name: 'Export the map as PNG' })
      .getByRole('button', { name: 'Download PNG' })
      .click(),
  );
  const file = testInfo.outputPath('map.png');
  await png.saveAs(file);
  const text = readPngText(new Uint8Array(readFileSync(file)));
  expect(text.Title).toBe(wafer.name);
  expect(text['Creation Time']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
  const lines = (text.Description ?? '').split('\n');
  expect(lines).toContain('Spec limits: LSL 9.6 nm, USL 10.5 nm');
  expect(lines.find((l) => l.startsWith('Legend:'))).toMatch(/above USL ▲; below LSL ▼/);
  expect(lines).toContain('mean: 9.78776 nm');
  expect(lines).toContain('below LSL ▼ / above USL ▲: 10 / 1');
  expect(lines.some((l) => l.startsWith('Method: '))).toBe(true);
  expect(lines.at(-1)).toMatch(/exported \d{4}-\d\d-\d\d \d\d:\d\d$/);
});
