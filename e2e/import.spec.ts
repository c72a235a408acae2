/**
 * Bringing measurements in: the real KLA-F5x export through the file chooser, a paste from a
 * spreadsheet, a dropped file, and the unit-mistake fix. Exports: export.spec.ts; size and
 * speed: import-limits.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { KLA_F5X_FILE } from '../src/testing/dataFiles';
import { klaWafer } from '../src/testing/klaFixture';
import { expect, test } from './fixtures';
import { ImportDialog, markerColorNear } from './importDialog';

const VIOLET: [number, number, number] = [124, 58, 237];

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

  // The file does not state the thickness unit: staging waits until the user types it.
  await expect(dialog.stageButton()).toBeDisabled();
  // The column is stored under the lab's name for the quantity (the file's name is kept too).
  await expect(dialog.field('Property name of column 1st Thickness')).toHaveValue('thickness');
  await expect(dialog.dialog).toContainText('Type the unit of “thickness”');
  await dialog.field('Unit of column 1st Thickness').fill('nm');
  await expect(dialog.stageButton()).toBeEnabled();
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
  // Each site's number from the file's Site # column.
  expect(stored.map((r) => r.annotation_metadata?.site)).toEqual(slot07.sites.map((s) => s.site));
  for (const r of stored) {
    expect(r).toMatchObject({
      property_name: 'thickness',
      property_unit: 'nm',
      char_source_type: 'KLA-F5x',
      coord_ref_frame: 'sample_relative',
      coord_units: 'mm',
    });
    expect(r.annotation_metadata).toMatchObject({
      source_file: 'kla-f5x-native-oxide-300mm.csv',
      source_column: '1st Thickness',
      wafer_id: 'Slot07',
      slot: 7,
    });
  }
  const lines = readFileSync(KLA_F5X_FILE, 'utf8').split(/\r?\n/);
  const firstRow = Number(stored[0]?.annotation_metadata?.source_row);
  expect(lines[firstRow - 1]?.split(',')[1]).toBe(String(slot07.sites[0]?.thicknessNm));

  // Importing the same wafer again is flagged before anything is staged twice; another is not.
  await dialog.open();
  await dialog.chooseFile(KLA_F5X_FILE);
  await dialog.field('Wafer (WAFER ID)').selectOption('Slot07');
  const again = dialog.dialog.getByRole('alert').filter({ hasText: 'imported into this sample' });
  await expect(again).toContainText('49 stored annotations');
  await dialog.field('Wafer (WAFER ID)').selectOption('Slot08');
  await expect(dialog.summary()).toContainText('49 points');
  await expect(again).toHaveCount(0);
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
  // The clicked button is gone with the hint; Escape still closes the sheet, and it reopens as
  // it was.
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  await dialog.open();
  await expect(dialog.field('Coordinate unit')).toHaveValue('µm');
  await dialog.stageButton().click();
  await expect(samplePage.stagedRows()).toHaveCount(13);
  await expect(samplePage.stagedRows().nth(0).locator('td[title="-120"]')).toHaveCount(1);
  await expect(samplePage.stagedRows().nth(12).locator('td[title="120"]')).toHaveCount(1);
});
