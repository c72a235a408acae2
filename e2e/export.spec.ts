/**
 * Taking data out: staged and stored lists as CSV (read back by the importer as the same
 * points), and the map as a PNG with its colour bar.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IMAGE_LAYOUT } from '../src/canvas/mapImage';
import { expect, test } from './fixtures';
import { download, ImportDialog } from './importDialog';

test('exported CSV reads back as the same points, names, values and units', async ({
  newSample,
  samplePage,
  page,
  api,
}, testInfo) => {
  const sample = await newSample('Round trip 150 mm');
  await samplePage.open(sample.id);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste(
    'x (mm)\ty (mm)\tthickness (nm)\tRs (ohm/sq)\n0\t0\t25.1\t101.5\n31.7\t-22.4\t24.85\t99.25\n-48.2\t40.9\t25.6\t100\n',
  );
  await dialog.field('Unit checked').check();
  await dialog.field('Source (char_source_type)').fill('Ellipsometer, bay 2');
  await expect(dialog.stageButton()).toHaveText('Stage 3 points (6 values)');
  await dialog.stageButton().click();
  await expect(samplePage.stagedRows()).toHaveCount(6);

  const exported = await download(page, () =>
    page
      .getByRole('region', { name: /^Staged/ })
      .getByRole('button', { name: 'Export CSV' })
      .click(),
  );
  expect(exported.suggestedFilename()).toMatch(
    /^round-trip-150-mm-.*_staged_\d{4}-\d\d-\d\d\.csv$/,
  );
  const csvPath = testInfo.outputPath('staged.csv');
  await exported.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFproperty_name,property_value,property_unit,char_source_type,coord_ref_frame,coord_units,coord_x,coord_y,coord_z,site,wafer_id,slot',
  );
  expect(csv.split('\r\n')).toHaveLength(8);

  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);

  await dialog.open();
  await dialog.chooseFile(csvPath);
  await expect(dialog.field('Format')).toHaveValue('annotations');
  await expect(dialog.summary()).toContainText('6 points with 6 values read');
  await dialog.stageButton().click();
  await expect(samplePage.stagedRows()).toHaveCount(6);
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);

  const stored = await api.listAnnotations(sample.id);
  expect(stored).toHaveLength(12);
  const key = (r: (typeof stored)[number]) => [
    r.coord_x,
    r.coord_y,
    r.property_name,
    r.property_value,
    r.property_unit,
    r.char_source_type,
  ];
  expect(stored.slice(6).map(key)).toEqual(stored.slice(0, 6).map(key));
  expect(stored.slice(0, 2).map(key)).toEqual([
    [0, 0, 'thickness', 25.1, 'nm', 'Ellipsometer, bay 2'],
    // "Rs (ohm/sq)" is stored under the vocabulary's name and unit spelling.
    [0, 0, 'sheet_resistance', 101.5, 'Ω/sq', 'Ellipsometer, bay 2'],
  ]);

  // The stored list exports too, with the records' ids: the rows the table lists (the shown
  // property, thickness: 6 of the 12 records).
  await samplePage.openTab('Review');
  const storedCsv = await download(page, () =>
    page
      .getByRole('tabpanel', { name: /^Review/ })
      .getByRole('button', { name: 'Export CSV' })
      .click(),
  );
  const storedPath = testInfo.outputPath('stored.csv');
  await storedCsv.saveAs(storedPath);
  const storedLines = readFileSync(storedPath, 'utf8').split('\r\n');
  expect(storedLines[0]).toMatch(/,coord_z,site,wafer_id,slot,id,last_updated$/);
  const dataLines = storedLines.slice(1).filter(Boolean);
  expect(dataLines).toHaveLength(6);
  expect(dataLines.every((l) => l.startsWith('thickness,'))).toBe(true);
});

test('the map exports as a PNG with its colour bar', async ({
  newSample,
  samplePage,
  page,
}, testInfo) => {
  const sample = await newSample('PNG export 150 mm');
  await samplePage.open(sample.id);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste('x (mm)\ty (mm)\tthickness (nm)\n0\t0\t25.1\n30\t-20\t24.8\n-40\t35\t25.6\n');
  await dialog.field('Unit checked').check();
  await dialog.stageButton().click();
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  await expect(page.getByTestId('color-bar-max')).toHaveText('max 25.6 nm');

  await page.getByRole('button', { name: 'Export PNG…' }).click();
  const png = await download(page, () =>
    page
      .getByRole('dialog', { name: 'Export the map as PNG' })
      .getByRole('button', { name: 'Download PNG' })
      .click(),
  );
  expect(png.suggestedFilename()).toMatch(/_map_\d{4}-\d\d-\d\d\.png$/);
  const file = path.join(testInfo.outputDir, 'map.png');
  await png.saveAs(file);
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  const mapWidth = await samplePage.map
    .locator('canvas')
    .first()
    .evaluate((c) => c.clientWidth);
  // IHDR width: the map plus the colour-bar column, at the default 2× resolution.
  expect(bytes.readUInt32BE(16)).toBe((mapWidth + IMAGE_LAYOUT.sidePx) * 2);
});
