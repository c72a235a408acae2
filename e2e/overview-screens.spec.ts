/**
 * Screenshots of the cassette import and the samples overview at 1280×800 and 1920×1080, with
 * the real KLA-F5x cassette imported through the UI: written under test-results/overview-screens,
 * and to docs/ when UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { KLA_F5X_FILE } from '../src/testing/dataFiles';
import { CassetteDialog } from './cassetteDialog';
import { expect, test } from './fixtures';

const root = path.resolve(import.meta.dirname, '..');
const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const;

async function shoot(page: Page, name: string) {
  const files = [path.join(root, 'test-results', 'overview-screens', name)];
  if (process.env.UPDATE_SCREENSHOTS === '1') files.push(path.join(root, 'docs', name));
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
}

test('overview and cassette import screenshots at 1280×800 and 1920×1080', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const dialog = new CassetteDialog(page);
  await dialog.open();
  await dialog.chooseFiles(KLA_F5X_FILE);
  await dialog.setUp({ pattern: 'Native oxide {slot:2}', unit: 'nm' });
  await expect(dialog.previewRows()).toHaveCount(25);
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(200);
    await shoot(page, `cassette-import-${width}x${height}.png`);
  }
  await dialog.importButton().click();
  await expect(dialog.dialog.getByRole('button', { name: 'Compare these 25 samples' })).toBeVisible(
    {
      timeout: 60_000,
    },
  );
  await dialog.dialog.getByRole('button', { name: 'Close', exact: true }).click();

  await page.getByLabel('Search samples').fill('Native oxide');
  const grid = page.getByRole('grid', { name: 'Samples' });
  const name = grid.getByRole('columnheader', { name: /^Name/ });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  for (const slot of ['01', '02', '03']) {
    await page.getByRole('checkbox', { name: `Select Native oxide ${slot}` }).click();
  }
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    const rows = grid.locator('tbody tr.sample-row');
    await expect(rows.first().getByRole('img')).toBeVisible();
    await expect(rows.last().locator('.sample-count')).toHaveText('49');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await shoot(page, `overview-${width}x${height}.png`);
  }
});
