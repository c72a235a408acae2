/**
 * Bringing measurements in and out: the real KLA-F5x export through the file chooser, a paste
 * from a spreadsheet, CSV export read back by the importer, the unit-mistake fix, a large file
 * parsed in the worker, the size limit, and the map as PNG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from '@playwright/test';
import { KLA_F5X_FILE } from '../src/testing/dataFiles';
import { klaWafer } from '../src/testing/klaFixture';
import { expect, test } from './fixtures';
import { ImportDialog, markerColorNear } from './importDialog';

const VIOLET: [number, number, number] = [124, 58, 237];

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file;
}

test('import KLA wafer Slot07 from the real export, preview, stage in one step and submit', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const slot07 = klaWafer('Slot07');
  const sample = await newSample('KLA import Slot07');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile(KLA_F5X_FILE);
  await expect(dialog.field('Format')).toHaveValue('kla-f5x');
  await expect(dialog.field('Format').locator('option:checked')).toHaveText(/\(detected\)$/);
  await dialog.field('Wafer (WAFER ID)').selectOption('Slot07');
  await expect(dialog.summary()).toHaveText(
    '49 points with 49 values read · 0 outside the outline · 0 unreadable cells · 0 rows skipped',
  );
  await expect(dialog.dialog.getByRole('table', { name: 'Imported values' })).toContainText(
    String(slot07.mean),
  );

  // The preview is on the map before anything is staged.
  await expect(samplePage.stagedRows()).toHaveCount(0);
  for (const site of [slot07.sites[0], slot07.sites[20], slot07.sites[48]]) {
    if (!site) throw new Error('Slot07 has 49 sites');
    expect(await markerColorNear(samplePage, site, VIOLET), `preview at site ${site.site}`).toBe(
      true,
    );
  }

  await dialog.field('Unit of column 1st Thickness').fill('nm');
  await expect(dialog.stageButton()).toHaveText('Stage 49 points (49 values)');
  await dialog.stageButton().click();
  await expect(dialog.dialog).toBeHidden();
  await expect(samplePage.stagedRows()).toHaveCount(49);
  // The preview is gone; the same sites now carry staged markers.
  expect(await markerColorNear(samplePage, slot07.sites[0] ?? { xMm: 0, yMm: 0 }, VIOLET)).toBe(
    false,
  );
  await expect(samplePage.status).toContainText(
    'Imported 49 annotations at 49 points from kla-f5x-native-oxide-300mm.csv',
  );
  // One undoable step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(samplePage.stagedRows()).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(samplePage.stagedRows()).toHaveCount(49);

  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  const stored = await api.listAnnotations(sample.id);
  expect(stored).toHaveLength(49);
  const mean = stored.reduce((sum, r) => sum + r.property_value, 0) / stored.length;
  expect(Math.abs(mean - slot07.mean)).toBeLessThanOrEqual(6e-5);
  expect(stored.map((r) => r.property_value)).toEqual(slot07.sites.map((s) => s.thicknessNm));
  expect(stored.map((r) => [r.coord_x, r.coord_y])).toEqual(
    slot07.sites.map((s) => [s.xMm, s.yMm]),
  );
  for (const r of stored) {
    expect(r).toMatchObject({
      property_name: '1st Thickness',
      property_unit: 'nm',
      char_source_type: 'KLA-F5x',
      coord_ref_frame: 'sample_relative',
      coord_units: 'mm',
    });
    expect(r.annotation_metadata).toMatchObject({
      source_file: 'kla-f5x-native-oxide-300mm.csv',
      wafer_id: 'Slot07',
    });
  }
  const lines = readFileSync(KLA_F5X_FILE, 'utf8').split(/\r?\n/);
  const firstRow = Number(stored[0]?.annotation_metadata?.source_row);
  expect(lines[firstRow - 1]?.split(',')[1]).toBe(String(slot07.sites[0]?.thicknessNm));
});

test('three rows pasted from a spreadsheet become three staged points', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Paste 150 mm');
  await samplePage.open(sample.id);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste('1.5\t2\t25.1\r\n-3.25\t0\t24.9\r\n10\t-10\t25\r\n');
  // Cells copied without their header row: columns are numbered, x and y guessed.
  await expect(dialog.field(/^No header row/)).toBeChecked();
  await expect(dialog.field('x column')).toHaveValue('0');
  await expect(dialog.field('y column')).toHaveValue('1');
  await expect(dialog.summary()).toContainText('3 points with 3 values read');
  await dialog.field('Property name of column Column 3').fill('thickness');
  await dialog.field('Unit of column Column 3').fill('nm');
  // The unit is a guess: staging waits until the user confirms it.
  await expect(dialog.stageButton()).toBeDisabled();
  await expect(dialog.dialog.getByRole('list', { name: 'Before staging' })).toContainText(
    'Check the coordinate unit',
  );

  // Escape closes without losing anything; focus goes back to the opener.
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Import table…' })).toBeFocused();
  await dialog.open();
  await expect(dialog.field('Property name of column Column 3')).toHaveValue('thickness');

  await dialog.field('Unit checked').check();
  await dialog.stageButton().click();
  const rows = samplePage.stagedRows();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('1.50');
  await expect(rows.nth(0)).toContainText('25.1');
  await expect(rows.nth(1)).toContainText('-3.25');
  await expect(rows.nth(2)).toContainText('-10.00');
  await expect(rows.nth(2)).toContainText('thickness');
  await expect(rows.nth(2)).toContainText('nm');
});

test('a file dropped on the map opens the import with it', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Drop 150 mm');
  await samplePage.open(sample.id);
  await samplePage.map.evaluate((el) => {
    const data = new DataTransfer();
    data.items.add(new File(['x_cm\ty_cm\tRs_ohm/sq\n1\t-2\t101.5\n'], 'dropped.tsv'));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      el.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }
  });
  const dialog = new ImportDialog(page);
  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.dialog).toContainText('dropped.tsv');
  await expect(dialog.field('Coordinate unit')).toHaveValue('cm');
  await expect(dialog.dialog).toContainText('Guessed from the header “x_cm” and “y_cm”.');
  await expect(dialog.summary()).toContainText('1 point with 1 value read');
});

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
    '\uFEFFproperty_name,property_value,property_unit,char_source_type,coord_ref_frame,coord_units,coord_x,coord_y,coord_z',
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
    [0, 0, 'Rs', 101.5, 'ohm/sq', 'Ellipsometer, bay 2'],
  ]);

  // The stored list exports too, with the records' ids.
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
  expect(storedLines[0]).toMatch(/,coord_z,id,last_updated$/);
  expect(storedLines).toHaveLength(14);
});

test('µm read as mm: the likely unit is named and one click fixes it', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Micrometre file 300 mm');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  const rows = Array.from(
    { length: 13 },
    (_, i) => `${(i - 6) * 20000},${((i % 3) + 1) * 10000},${25 + i / 10}`,
  );
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.chooseFile({
    name: 'stage-um.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`x,y,thickness\n${rows.join('\n')}\n`),
  });
  await expect(dialog.summary()).toContainText('13 outside the outline');
  const hint = dialog.dialog.getByRole('alert').filter({ hasText: 'Coordinates look like' });
  await expect(hint).toContainText(
    'Coordinates look like µm, not mm: 13 of 13 points fall inside the outline when read as µm',
  );
  await hint.getByRole('button', { name: 'Use µm' }).click();
  await expect(dialog.summary()).toContainText('0 outside the outline');
  await expect(dialog.field('Coordinate unit')).toHaveValue('µm');
  await expect(dialog.field('Unit checked')).toBeChecked();
  await expect(hint).toBeHidden();
  await dialog.stageButton().click();
  await expect(samplePage.stagedRows()).toHaveCount(13);
  await expect(samplePage.stagedRows().nth(0).locator('td[title="-120"]')).toHaveCount(1);
  await expect(samplePage.stagedRows().nth(12).locator('td[title="120"]')).toHaveCount(1);
});

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
  await expect(dialog.summary()).toContainText('40000 points with 40000 values read');
  const analysed = Date.now() - start;
  await dialog.field('Unit checked').check();
  const stageStart = Date.now();
  await dialog.stageButton().click();
  await expect(page.getByRole('heading', { name: 'Staged (40000)' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Staged annotations pages' })).toContainText(
    'Rows 1–200 of 40000',
  );
  console.log(`40,000 rows: preview in ${analysed} ms, staged in ${Date.now() - stageStart} ms`);
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
  // IHDR width: the map plus the 190 px colour-bar column, at the default 2× resolution.
  expect(bytes.readUInt32BE(16)).toBe((mapWidth + 190) * 2);
});
