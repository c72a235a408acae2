/** Accessibility: axe scans of the main screens, and the main job done with the keyboard only. */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ImportDialog } from './importDialog';
import { openReview, reviewPanel, seedKla, thickness } from './reviewHelpers';

/** Serious or critical axe violations on the page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

test('axe: the sample picker has no serious or critical violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Physical sample')).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: the map with staged points has no serious or critical violations', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Axe map 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  for (const [x, v] of [
    [-20, '1'],
    [20, '2'],
  ] as const) {
    await samplePage.clickAtMm({ xMm: x, yMm: 0 });
    await samplePage.field('Value').fill(v);
    await samplePage.field('Value').press('Enter');
  }
  await expect(samplePage.stagedRows()).toHaveCount(2);
  for (const section of ['Outline', 'Pattern', 'Coordinate frame'])
    await samplePage.openSection(section);
  expect(await seriousViolations(page)).toEqual([]);
  // The canvas has a text alternative: the map is labelled and the tables list every point.
  await expect(samplePage.map).toHaveAccessibleName(/Map of .*2 staged annotations/);
});

test('axe: the import dialog with a preview has no serious or critical violations', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Axe import 150 mm');
  await samplePage.open(sample.id);
  const dialog = new ImportDialog(page);
  await dialog.open();
  await dialog.paste('x (mm)\ty (mm)\tthickness (nm)\n0\t0\t25.1\n30\t-20\tN/A\n-40\t35\t25.6\n');
  await expect(dialog.summary()).toContainText('points');
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: the review panel with the interpolated map has no serious or critical violations', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Axe review 300 mm');
  await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
  await openReview(samplePage, sample.id, 300);
  await expect(page.getByRole('table', { name: 'Statistics' })).toContainText('9.78776');
  await expect(reviewPanel(samplePage).getByText(/Thin-plate spline over 49 sites/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('keyboard only: choose the sample, place two points, enter values and submit', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Keyboard journey 150 mm');
  await page.goto('/');
  const picker = page.getByLabel('Physical sample');
  await expect(picker).toBeEnabled();
  /** Press Tab until `target` has the focus (at most 40 times). */
  const tabTo = async (target: Locator) => {
    for (
      let i = 0;
      i < 40 && !(await target.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  };
  await tabTo(picker);
  // Type-ahead picks the option whose label starts with what is typed.
  await page.keyboard.type('Keyboard journey');
  await expect(picker).toHaveValue(sample.id);
  await expect(samplePage.map).toHaveAttribute('data-px-per-mm', /\d/);

  // Tab from the picker to the map, then move the focus cursor and place with Enter.
  await tabTo(samplePage.map);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(samplePage.field('Value')).toBeFocused();
  await page.keyboard.type('12.5');
  // Property is the next field after Value in the Tab order.
  await page.keyboard.press('Tab');
  await page.keyboard.type('thickness');
  await page.keyboard.press('Enter');
  await expect(samplePage.stagedRows()).toHaveCount(1);

  await page.keyboard.press('Shift+Tab');
  await tabTo(samplePage.map);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Enter');
  await page.keyboard.type('13');
  await page.keyboard.press('Enter');
  await expect(samplePage.stagedRows()).toHaveCount(2);

  await tabTo(samplePage.submitButton());
  await page.keyboard.press('Enter');
  await expect(samplePage.staged).toHaveCount(0);
  const stored = await api.listAnnotations(sample.id);
  expect(stored.map((r) => [r.coord_x, r.coord_y, r.property_value])).toEqual([
    [10, 0, 12.5],
    [-10, 0, 13],
  ]);
});
