/**
 * The staged and the stored-records tables at 1280×800 and 1920×1080, each with a row being
 * edited and a refused value: every column (Source last), the edit fields and the reason must be
 * readable without scrolling sideways. Screenshots under test-results/table-screens, and in
 * docs/ when UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openReview, rowOf, seedKla, thickness } from './reviewHelpers';

const root = path.resolve(import.meta.dirname, '..');

async function shoot(page: Page, name: string) {
  const files = [path.join(root, 'test-results', 'table-screens', name)];
  if (process.env.UPDATE_SCREENSHOTS === '1') files.push(path.join(root, 'docs', name));
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
}

/** `inner` lies horizontally inside `outer` (both visible). */
async function expectInside(inner: Locator, outer: Locator) {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) throw new Error('not laid out');
  expect(a.x).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`tables at ${width}×${height}: every column, edit field and reason in view`, async ({
    api,
    newSample,
    samplePage,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const sample = await newSample(`Tables ${width}`);
    await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
    await openReview(samplePage, sample.id, 300);
    const records = samplePage.records;
    await expect(rowOf(samplePage, 1)).toBeVisible();
    const scroller = records.locator('xpath=..');
    await expectInside(records.getByRole('columnheader', { name: 'Source' }), scroller);
    // The select box is whole inside its cell (not cut by the narrow first column).
    const box = await page.getByLabel('Select annotation 1', { exact: true }).boundingBox();
    const cell = await records.locator('tbody tr').first().locator('td').first().boundingBox();
    if (!box || !cell) throw new Error('not laid out');
    expect(box.x + box.width).toBeLessThanOrEqual(cell.x + cell.width);
    expect(box.width).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Edit annotation 2', exact: true }).click();
    const value = page.getByLabel('Value of annotation 2', { exact: true });
    await value.fill('ten');
    await value.press('Enter');
    const reason = records.locator('.field-error').first();
    await expect(reason).toBeVisible();
    await expectInside(reason, scroller);
    for (const field of ['Property', 'Value', 'Unit']) {
      await expectInside(page.getByLabel(`${field} of annotation 2`, { exact: true }), scroller);
    }
    await page.mouse.move(0, 0);
    await shoot(page, `table-records-${width}x${height}.png`);

    await samplePage.openTab('Entry');
    await samplePage.field('Property').fill('thickness');
    await samplePage.field('Unit').fill('nm');
    await samplePage.field('Source').fill('Ellipsometer J.A. Woollam M-2000, recipe SiO2-thin');
    for (const [x, y, v] of [
      [20, 30, 9.8],
      [-60, 10, 9.9],
      [40, -80, 10.1],
    ] as const) {
      await samplePage.field('x (mm)').fill(String(x));
      await samplePage.field('y (mm)').fill(String(y));
      await samplePage.field('Value').fill(String(v));
      await samplePage.field('Value').press('Enter');
    }
    const staged = page.getByRole('table', { name: 'Staged annotations' });
    const stagedScroller = staged.locator('xpath=..');
    await expectInside(staged.getByRole('columnheader', { name: 'Source' }), stagedScroller);
    await page.getByRole('button', { name: 'Edit staged annotation 2', exact: true }).click();
    const x = page.getByLabel('x (mm) of staged annotation 2', { exact: true });
    await x.fill('900');
    await x.press('Enter');
    const stagedReason = staged.locator('.field-error').first();
    await expect(stagedReason).toBeVisible();
    await expectInside(stagedReason, stagedScroller);
    for (const field of ['x (mm)', 'y (mm)', 'Property', 'Value', 'Unit', 'Source']) {
      await expectInside(
        page.getByLabel(`${field} of staged annotation 2`, { exact: true }),
        stagedScroller,
      );
    }
    await staged.scrollIntoViewIfNeeded();
    await shoot(page, `table-staged-${width}x${height}.png`);
  });
}
