/**
 * The sample's setup is shared through the server, and no geometry is assumed: an outline set in
 * one browser is what a colleague's fresh browser shows; a name without a size asks for the
 * geometry before anything can be placed; a name with a size gives a guess marked as such.
 */
import type { Page } from '@playwright/test';
import { SETUP_KEY } from '../src/domain/setup/setup';
import { expect, SamplePage, test } from './fixtures';
import { ImportDialog } from './importDialog';
import { reviewPanel, seedKla, thickness } from './reviewHelpers';

const toolbar = (page: Page) => page.locator('.map-toolbar');
const outlinePanel = (page: Page) =>
  page.locator('details.panel').filter({ has: page.locator('summary', { hasText: /^Outline/ }) });
const saveLine = (page: Page) => outlinePanel(page).locator('.setup-home');

test('a setup made in one browser is what a fresh browser shows', async ({
  api,
  browser,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Shared setup wafer');
  // Another tool's metadata, which must survive every write of the app.
  await api.updateSample(sample.id, { physical_sample_metadata: { growth: { run: 17 } } });
  await seedKla(api, sample.id, {
    property: 'thickness',
    unit: 'nm',
    value: thickness,
    scale: 1.5,
  });

  await samplePage.open(sample.id);
  await samplePage.openSection('Outline');
  await page.getByLabel('Wafer diameter').selectOption('200');
  await expect(page.getByLabel('Orientation mark')).toHaveValue('notch');
  const edge = page.getByLabel('Edge exclusion (mm)');
  await edge.fill('5');
  await edge.press('Enter');
  await samplePage.openTab('Review');
  const lsl = reviewPanel(samplePage).getByLabel('LSL (nm)');
  await lsl.fill('9.6');
  await lsl.press('Enter');
  await samplePage.openTab('Entry');
  await expect(saveLine(page)).toContainText('Saved with the sample on the server');

  const stored = (await api.getSample(sample.id))?.physical_sample_metadata;
  expect(stored?.growth).toEqual({ run: 17 });
  expect(stored?.[SETUP_KEY]).toMatchObject({
    version: 1,
    outline: { kind: 'wafer', diameterMm: 200, mark: 'notch', edgeExclusionMm: 5 },
    limits: [{ property: 'thickness', unit: 'nm', lsl: 9.6 }],
  });

  // A colleague: a new browser context with empty storage.
  const other = await browser.newContext();
  const otherPage = new SamplePage(await other.newPage());
  await otherPage.open(sample.id);
  await expect(toolbar(otherPage.page)).toContainText('200 mm wafer, notch');
  await expect(toolbar(otherPage.page)).not.toContainText('guessed');
  await otherPage.openSection('Outline');
  await expect(otherPage.page.getByLabel('Edge exclusion (mm)')).toHaveValue('5');
  await expect(otherPage.page.getByLabel('Orientation mark')).toHaveValue('notch');
  await expect(saveLine(otherPage.page)).toContainText('Saved with the sample on the server');
  await otherPage.openTab('Review');
  await expect(reviewPanel(otherPage).getByLabel('LSL (nm)')).toHaveValue('9.6');
  await expect(otherPage.page.getByText(/Inside the 5 mm edge exclusion only/)).toBeVisible();
  await other.close();
});

test('a name without a size asks for the geometry before anything is placed', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Sample A');
  await samplePage.open(sample.id);
  await expect(toolbar(page)).toContainText('not set');
  const panel = outlinePanel(page);
  await expect(panel).toHaveAttribute('open', '');
  await expect(panel.getByRole('alert')).toContainText('The sample name gives no size');

  // A click on the map is refused, pointing at the Outline panel.
  await samplePage.clickAtMm({ xMm: 0, yMm: 0 });
  await expect(samplePage.status).toContainText('Nothing placed');
  await expect(samplePage.status).toContainText('Outline panel');
  await expect(samplePage.field('x (mm)')).toHaveValue('');

  // So is a typed point.
  await samplePage.field('x (mm)').fill('1');
  await samplePage.field('y (mm)').fill('2');
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Value').fill('100');
  await samplePage.field('Value').press('Enter');
  await expect(samplePage.status).toContainText('Nothing staged');
  await expect(samplePage.stagedRows()).toHaveCount(0);

  // And a pattern.
  await samplePage.openSection('Pattern');
  await page.getByLabel('Measurement pattern').selectOption('grid');
  await expect(samplePage.status).toContainText('No pattern chosen');
  await expect(page.getByLabel('Measurement pattern')).toHaveValue('none');

  // And an import.
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste('x\ty\tthickness\n0\t0\t100\n10\t0\t101\n');
  await dialog.field('Unit checked').check();
  await expect(dialog.dialog.getByRole('list', { name: 'Before staging' })).toContainText(
    'Outline panel',
  );
  await expect(dialog.stageButton()).toBeDisabled();
  await dialog.dialog.getByRole('button', { name: 'Close import' }).click();
  await expect(samplePage.stagedRows()).toHaveCount(0);

  // The suggestion is used only when the user says so.
  await panel.getByRole('button', { name: 'Use this outline' }).click();
  await expect(toolbar(page)).toContainText('150 mm wafer, flat 57.5 mm');
  await expect(toolbar(page)).not.toContainText('guessed');
  await samplePage.field('Value').press('Enter');
  await expect(samplePage.stagedRows()).toHaveCount(1);
});

test('a size in the name is a guess, marked until confirmed', async ({
  api,
  browser,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('GaN coupon 20 x 15 mm');
  await page.setViewportSize({ width: 1280, height: 800 });
  await samplePage.open(sample.id);
  await expect(toolbar(page)).toContainText('20 × 15 mm piece (guessed)');
  // At 1280 px the outline text may be cut, never the "(guessed)" after it.
  const guessed = toolbar(page).locator('.map-outline-guessed');
  await expect(guessed).toBeVisible();
  expect(
    await guessed.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const clip = (el.closest('.map-toolbar') as HTMLElement).getBoundingClientRect();
      return el.scrollWidth <= el.clientWidth + 1 && box.right <= clip.right && box.width > 30;
    }),
  ).toBe(true);
  await page.setViewportSize({ width: 1400, height: 900 });
  await samplePage.openSection('Outline');
  const panel = outlinePanel(page);
  await expect(panel).toContainText('Guessed from “20 x 15 mm” in the sample name');
  await expect(page.getByLabel('Width (mm)')).toHaveValue('20');
  await expect(page.getByLabel('Height (mm)')).toHaveValue('15');
  // A guess does not block entry.
  await samplePage.clickAtMm({ xMm: 2, yMm: 3 });
  await expect(samplePage.field('x (mm)')).toHaveValue('2.000');

  await panel.getByRole('button', { name: 'Confirm outline' }).click();
  await expect(toolbar(page)).not.toContainText('guessed');
  await expect(saveLine(page)).toContainText('Saved with the sample on the server');
  const stored = (await api.getSample(sample.id))?.physical_sample_metadata?.[SETUP_KEY];
  expect(stored).toMatchObject({ outline: { kind: 'rectangle', widthMm: 20, heightMm: 15 } });

  // A setup on the server is never a guess, in any browser.
  const other = await browser.newContext();
  const otherPage = new SamplePage(await other.newPage());
  await otherPage.open(sample.id);
  await expect(toolbar(otherPage.page)).toContainText('20 × 15 mm piece');
  await expect(toolbar(otherPage.page)).not.toContainText('guessed');
  await other.close();
});

test('a server that refuses the change keeps the setup in this browser, and says so', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Refused setup 150 mm');
  const refuse = (route: import('@playwright/test').Route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({ status: 405, json: { detail: 'Method Not Allowed' } })
      : route.fallback();
  await page.route('**/physical_samples/*', refuse);
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(200);
  await expect(saveLine(page)).toContainText(
    'Saved in this browser only: the server does not accept changes to samples',
  );

  // Nothing typed is lost: after a reload the setup is still there, still this browser's only.
  await page.reload();
  await expect(toolbar(page)).toContainText('200 mm wafer, notch');
  await expect(toolbar(page)).not.toContainText('guessed');
  await samplePage.openSection('Outline');
  await expect(saveLine(page)).toContainText('Saved in this browser only');
  expect((await api.getSample(sample.id))?.physical_sample_metadata).toBeNull();

  // Once the server accepts it, one click shares it.
  await page.unroute('**/physical_samples/*', refuse);
  await saveLine(page).getByRole('button', { name: 'Try the server again' }).click();
  await expect(saveLine(page)).toContainText('Saved with the sample on the server');
  const stored = (await api.getSample(sample.id))?.physical_sample_metadata?.[SETUP_KEY];
  expect(stored).toMatchObject({ outline: { diameterMm: 200, mark: 'notch' } });
});
