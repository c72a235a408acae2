/**
 * Screenshots of the map at 1280×800 and 1920×1080, entry and review, with the real KLA Slot01
 * records: written under test-results/map-screens, and to docs/ when UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { download } from './importDialog';
import { openReview, seedKla, slot01, thickness } from './reviewHelpers';

const root = path.resolve(import.meta.dirname, '..');

/** The page as `name`, under test-results/map-screens and, with UPDATE_SCREENSHOTS=1, docs/. */
async function shootPage(page: Page, name: string) {
  const files = [path.join(root, 'test-results', 'map-screens', name)];
  if (process.env.UPDATE_SCREENSHOTS === '1') files.push(path.join(root, 'docs', name));
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
}

test('the header keeps one line at 1280×800 with New sample open, naming the server plainly', async ({
  newSample,
  samplePage,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const sample = await newSample('Header check 150 mm');
  await samplePage.open(sample.id);
  const header = page.getByRole('banner');
  await expect(header.getByText('Local server', { exact: true })).toHaveAttribute(
    'title',
    /API base URL: \/api/,
  );
  const closed = await header.boundingBox();
  await header.getByRole('button', { name: 'New sample' }).click();
  await expect(page.getByLabel('Sample name')).toBeFocused();
  expect((await header.boundingBox())?.height).toBe(closed?.height);
  await shootPage(page, 'header-new-sample-1280x800.png');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('Sample name')).toHaveCount(0);
  await expect(header.getByRole('button', { name: 'New sample' })).toBeFocused();
});

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`map screenshots at ${width}×${height}: entry and review with KLA Slot01`, async ({
    api,
    newSample,
    samplePage,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const sample = await newSample(`KLA Slot01 ${width}`);
    await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
    await openReview(samplePage, sample.id, 300);
    await expect(page.getByRole('status', { name: 'Map status' })).toContainText('49 sites');
    await page.waitForTimeout(300);
    const shoot = (name: string) => shootPage(page, name);
    // Hover the rightmost site: its tooltip must stay inside the map.
    const right = slot01.reduce((a, b) => (b.xMm > a.xMm ? b : a));
    const at = await samplePage.pagePointOf({ xMm: right.xMm, yMm: right.yMm });
    await page.mouse.move(at.x, at.y);
    await expect(page.getByRole('tooltip')).toBeVisible();
    await shoot(`map-review-${width}x${height}.png`);

    await samplePage.openTab('Entry');
    await samplePage.field('Property').fill('thickness');
    await samplePage.field('Unit').fill('nm');
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
    await samplePage.map.focus();
    await page.keyboard.press('ArrowRight');
    await page.mouse.move(0, 0);
    await shoot(`map-entry-${width}x${height}.png`);

    // With the axis rulers, zoomed in: the scale bar and rulers over the heat map.
    await page.getByLabel('Axes').check();
    // The map is refitted so the rulers (44 px left, 22 px bottom) lie outside the outline.
    const box = await samplePage.map.boundingBox();
    if (!box) throw new Error('map is not visible');
    await expect
      .poll(async () => (await samplePage.pagePointOf({ xMm: -150, yMm: 0 })).x - box.x)
      .toBeGreaterThanOrEqual(44);
    const bottom = await samplePage.pagePointOf({ xMm: 0, yMm: -150 });
    expect(bottom.y - box.y).toBeLessThanOrEqual(box.height - 22);
    await page.mouse.move(0, 0);
    await shoot(`map-axes-fit-${width}x${height}.png`);
    for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.mouse.move(0, 0);
    await shoot(`map-axes-${width}x${height}.png`);
    await page.getByLabel('Axes').uncheck();

    // The exported PNG, for a look at its legend and scale bar.
    await page.getByRole('button', { name: 'Export PNG…' }).click();
    const png = await download(page, () =>
      page
        .getByRole('dialog', { name: 'Export the map as PNG' })
        .getByRole('button', { name: 'Download PNG' })
        .click(),
    );
    await png.saveAs(path.join(root, 'test-results', 'map-screens', `map-export-${width}.png`));
  });
}
