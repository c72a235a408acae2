/**
 * The cassette import: a whole KLA-F5x export into 25 new samples in one go, an import
 * interrupted by a reload and resumed, a second run of the same file, and an Excel workbook.
 * What is stored is checked through the API.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ApiClient } from '../src/api/client';
import type { PhysicalSample } from '../src/api/schemas';
import { tokenOf } from '../src/api/submitLedger';
import { standardWafer } from '../src/domain/geometry/outline';
import { readSetup } from '../src/domain/setup/setup';
import { KLA_F5X_FILE } from '../src/testing/dataFiles';
import { klaWafer } from '../src/testing/klaFixture';
import { twoSheetWorkbook } from '../src/testing/xlsxFixture';
import { CassetteDialog } from './cassetteDialog';
import { expect, test } from './fixtures';

const WAFERS = Array.from({ length: 25 }, (_, i) => `Slot${String(i + 1).padStart(2, '0')}`);

/** The samples whose name ends with ` <tag>`, by name. */
async function samplesTagged(api: ApiClient, tag: string): Promise<PhysicalSample[]> {
  const all = await api.listSamples();
  return all
    .filter((s) => s.name?.endsWith(` ${tag}`))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
}

/** Every sample holds each wafer's 49 sites once: no token and no file row stored twice. */
async function expectEachStoredOnce(api: ApiClient, samples: PhysicalSample[]) {
  for (const s of samples) {
    const rows = await api.listAnnotations(s.id);
    expect(rows, s.name ?? '').toHaveLength(49);
    const tokens = new Set(rows.map((r) => tokenOf(r.annotation_metadata)));
    expect(tokens.size).toBe(49);
    const sites = new Set(rows.map((r) => r.annotation_metadata?.site));
    expect(sites.size).toBe(49);
  }
}

async function startKlaImport(page: Page, tag: string): Promise<CassetteDialog> {
  await page.goto('/');
  const dialog = new CassetteDialog(page);
  await dialog.open();
  await dialog.chooseFiles(KLA_F5X_FILE);
  await expect(dialog.dialog).toContainText('25 wafers (KLA-F5x WAFER ID blocks)');
  await dialog.setUp({ pattern: `{wafer_id} ${tag}`, unit: 'nm' });
  await expect(dialog.previewRows()).toHaveCount(25);
  await expect(dialog.blockers()).toHaveCount(0);
  return dialog;
}

test('a KLA-F5x export goes into 25 new samples, 49 sites each, in the unit typed once', async ({
  page,
  api,
}, testInfo) => {
  const tag = `k${testInfo.testId.slice(0, 8)}`;
  const dialog = await startKlaImport(page, tag);
  const first = dialog.previewRows().first();
  await expect(first).toContainText('Slot01');
  await expect(first).toContainText('new');
  // The file's MEAN 9.7878, shown by the display rule with the data's 4 decimals plus one.
  await expect(first).toContainText('9.78776 nm');
  await expect(first.getByLabel('Sample for Slot01')).toHaveValue(`Slot01 ${tag}`);
  await expect(dialog.importButton()).toHaveText('Import 25 wafers (1,225 annotations)');
  await dialog.importButton().click();
  const compare = dialog.dialog.getByRole('button', { name: 'Compare these 25 samples' });
  await expect(compare).toBeVisible({ timeout: 45_000 });
  await expect(dialog.dialog).toContainText('1,225 annotations stored, 25 new samples');

  const samples = await samplesTagged(api, tag);
  expect(samples.map((s) => s.name)).toEqual(WAFERS.map((w) => `${w} ${tag}`));
  await expectEachStoredOnce(api, samples);
  for (const [i, s] of samples.entries()) {
    // Each new sample opens with the geometry chosen once for all of them.
    const setup = readSetup(s.physical_sample_metadata);
    expect(setup.kind === 'ok' && setup.setup.outline).toEqual(standardWafer(300));
    if (i % 8 !== 6) continue;
    const rows = await api.listAnnotations(s.id);
    const wafer = klaWafer(WAFERS[i] as string);
    const bySite = new Map(rows.map((r) => [r.annotation_metadata?.site, r]));
    for (const site of wafer.sites) {
      const r = bySite.get(site.site);
      expect(r).toMatchObject({
        property_name: 'thickness',
        property_unit: 'nm',
        property_value: site.thicknessNm,
        coord_x: site.xMm,
        coord_y: site.yMm,
        char_source_type: 'KLA-F5x',
      });
      expect(r?.annotation_metadata).toMatchObject({
        wafer_id: WAFERS[i],
        slot: String(i + 1),
        source_file: 'kla-f5x-native-oxide-300mm.csv',
      });
    }
  }

  await compare.click();
  await expect(page).toHaveURL(/\?compare=/);
  const url = new URL(page.url());
  expect(url.searchParams.get('compare')?.split(',').sort()).toEqual(
    samples.map((s) => s.id).sort(),
  );
  expect(url.searchParams.get('property')).toBe('thickness');
  expect(url.searchParams.get('unit')).toBe('nm');
});

test('a reload in the middle of the import, the resume and a second run store nothing twice', async ({
  page,
  api,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = `r${testInfo.testId.slice(0, 8)}`;
  const dialog = await startKlaImport(page, tag);
  // The fifth sample's bulk request reaches the server, which stores it; its answer never
  // comes back, and the page is reloaded meanwhile.
  let bulk = 0;
  let held: () => void = () => undefined;
  const heldNow = new Promise<void>((resolve) => {
    held = resolve;
  });
  await page.route('**/annotations/bulk', async (route) => {
    bulk += 1;
    if (bulk !== 5) return route.continue();
    await route.fetch();
    held();
    // Never answered: the reload cancels the request.
    await new Promise<void>(() => undefined);
  });
  await dialog.importButton().click();
  await heldNow;
  await expect(dialog.progress()).toBeVisible();
  await page.reload();
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  const samples = await samplesTagged(api, tag);
  expect(samples).toHaveLength(25);
  const counts = await Promise.all(
    samples.map(async (s) => (await api.listAnnotations(s.id)).length),
  );
  expect(counts.slice(0, 5)).toEqual([49, 49, 49, 49, 49]);
  expect(counts.slice(5).every((n) => n === 0)).toBe(true);

  const banner = page.getByRole('region', { name: 'Unfinished imports' });
  await expect(banner).toContainText('4 of 25 wafers done');
  await banner.getByRole('button', { name: 'Resume import' }).click();
  const resumed = new CassetteDialog(page);
  await expect(
    resumed.dialog.getByRole('button', { name: 'Compare these 25 samples' }),
  ).toBeVisible({
    timeout: 45_000,
  });
  await expect(resumed.dialog).toContainText('1,225 annotations stored');
  await expectEachStoredOnce(api, samples);
  await resumed.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(banner).toHaveCount(0);

  // The whole import again: every wafer is matched to its sample and found imported.
  await resumed.open();
  await resumed.chooseFiles(KLA_F5X_FILE);
  await expect(resumed.field('Name pattern')).toHaveValue(`{wafer_id} ${tag}`);
  await resumed.dialog.getByRole('button', { name: /^Use [\d.]+ mm wafer/ }).click();
  await resumed.setProperty('1st Thickness', 'thickness', 'nm');
  await expect(resumed.previewRows().first()).toContainText('existing');
  await expect(resumed.previewRows().first()).toContainText('Already imported: all 49');
  await expect(resumed.importButton()).toHaveText('Import 25 wafers (0 annotations)');
  await resumed.importButton().click();
  await expect(resumed.dialog).toContainText('0 annotations stored, 0 new samples', {
    timeout: 45_000,
  });
  expect(await samplesTagged(api, tag)).toHaveLength(25);
  await expectEachStoredOnce(api, samples);
});

test('an Excel workbook: the chosen sheet is imported, and its date and #N/A cells are reported as cell errors', async ({
  page,
  api,
}, testInfo) => {
  const tag = `x${testInfo.testId.slice(0, 8)}`;
  await page.goto('/');
  const dialog = new CassetteDialog(page);
  await dialog.open();
  await dialog.chooseFiles({
    name: 'lot-a.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(twoSheetWorkbook()),
  });
  const sheet = dialog.field('Sheet');
  await expect(sheet).toBeVisible();
  await sheet.selectOption('Notes');
  await expect(dialog.dialog.getByRole('table', { name: 'Cell errors' })).toHaveCount(0);
  await sheet.selectOption('Lot A');
  await expect(dialog.dialog).toContainText('2 wafers (a wafer or sample column)');

  const errors = dialog.dialog.getByRole('table', { name: 'Cell errors' }).locator('tbody tr');
  await expect(errors).toHaveCount(4);
  const rowOf = (cell: string) =>
    errors.filter({ has: page.getByRole('cell', { name: cell, exact: true }) });
  await expect(rowOf('E3')).toContainText('Lot A');
  await expect(rowOf('E3')).toContainText('a date: 2024-01-15');
  await expect(rowOf('D5')).toContainText('an error value: #N/A');
  await expect(rowOf('D5').getByRole('cell').nth(2)).toHaveText('5');
  await expect(rowOf('D5').getByRole('cell').nth(3)).toHaveText('D');
  await expect(rowOf('D4')).toContainText('a formula: =D3*1.01');

  await dialog.field('Name pattern').fill(`{wafer_id} ${tag}`);
  await dialog.dialog.getByRole('button', { name: /^Use [\d.]+ mm wafer/ }).click();
  // The sheet states the unit in its header: nothing to type.
  await dialog.setProperty('Thickness (nm)', 'thickness');
  await expect(dialog.field('Unit of thickness')).toHaveValue('nm');
  await expect(dialog.previewRows()).toHaveCount(2);
  await expect(dialog.previewRows().first()).toContainText('cell error');
  // With the mapping set, the text "103,5" the import cannot read is named too: every cell
  // counted as unreadable is listed, with why.
  await expect(errors).toHaveCount(5);
  await expect(dialog.previewRows().nth(1)).toContainText('3 cells could not be read');
  await expect(rowOf('D8')).toContainText('text that is not a number: 103,5');
  await expect(rowOf('D8')).toContainText(
    'a decimal comma, while the sheet’s other numbers use a decimal point',
  );
  const axe = await new AxeBuilder({ page }).include('.cassette-dialog').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await dialog.importButton().click();
  await expect(dialog.dialog).toContainText('2 annotations stored, 2 new samples', {
    timeout: 30_000,
  });

  const samples = await samplesTagged(api, tag);
  expect(samples.map((s) => s.name)).toEqual([`W1 ${tag}`, `W2 ${tag}`]);
  const stored = await Promise.all(
    samples.map(async (s) =>
      (await api.listAnnotations(s.id)).map((r) => [
        r.coord_x,
        r.coord_y,
        r.property_value,
        r.property_unit,
      ]),
    ),
  );
  // The formula (D4), #N/A (D5), #DIV/0! (D7) and "103,5" (D8) cells are not read, never as 0.
  expect(stored).toEqual([[[0, 0, 100.5, 'nm']], [[10, 0, 99.25, 'nm']]]);
});
