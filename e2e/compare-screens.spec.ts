/**
 * Screenshots of the compare view, a difference map and the lot report's pages, with the 25 real
 * KLA wafers (spec limits 9.6 … 10.5 nm on every sample): written under
 * test-results/compare-screens, and to docs/ when UPDATE_SCREENSHOTS=1. The PDF pages are
 * rendered with poppler's pdftoppm when it is installed (a local tool, not needed in CI).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { download } from './importDialog';
import { seedKlaLot } from './lotSeed';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results', 'compare-screens');
const toDocs = process.env.UPDATE_SCREENSHOTS === '1';

/** Copy a file from test-results to docs/ when asked. */
function publish(name: string) {
  if (toDocs) copyFileSync(path.join(out, name), path.join(root, 'docs', name));
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('compare view, difference map and lot report screenshots', async ({ api, page }, testInfo) => {
  testInfo.setTimeout(180_000);
  mkdirSync(out, { recursive: true });
  const lot = await seedKlaLot(api, '(screens)', 25, { lsl: 9.6, usl: 10.5 });
  const [first, , , , , , , , , , , , , , , , , , , , , , , , last] = lot;
  if (!first || !last) throw new Error('lot not seeded');
  const url = `/?compare=${lot.map((w) => w.sampleId).join(',')}&a=${last.sampleId}&b=${first.sampleId}`;
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(url);
    await expect(page.locator('section.compare-maps[data-drawn-ms]')).toHaveCount(1);
    await expect(page.locator('.trend-plot svg')).toHaveCount(2);
    await page.screenshot({ path: path.join(out, `compare-${width}x${height}.png`) });
    publish(`compare-${width}x${height}.png`);
    // The lot summary and the trend chart side by side (checked by eye at both sizes).
    const lower = page.locator('.compare-lower');
    await lower.scrollIntoViewIfNeeded();
    await lower.screenshot({ path: path.join(out, `lot-summary-trend-${width}x${height}.png`) });
    // No figure of the lot summary spills past its panel.
    const spill = await page.locator('.lot-summary').evaluate((panel) => {
      const edge = panel.getBoundingClientRect().right;
      return [...panel.querySelectorAll('td, th')].filter(
        (c) => c.getBoundingClientRect().right > edge + 0.5 || c.scrollWidth > c.clientWidth + 1,
      ).length;
    });
    expect(spill).toBe(0);
    const difference = page.getByRole('region', { name: /^Difference map/ });
    await difference.scrollIntoViewIfNeeded();
    await difference.screenshot({ path: path.join(out, `difference-${width}x${height}.png`) });
    publish(`difference-${width}x${height}.png`);
  }
  const pdf = await download(page, () =>
    page.getByRole('button', { name: 'Lot report (PDF)' }).click(),
  );
  const file = path.join(out, 'lot-report.pdf');
  await pdf.saveAs(file);
  expect(existsSync(file)).toBe(true);
  if (hasPdftoppm()) {
    execFileSync('pdftoppm', [
      '-r',
      '90',
      '-png',
      '-f',
      '1',
      '-l',
      '2',
      file,
      path.join(out, 'lot-report-page'),
    ]);
    for (const [from, to] of [
      ['lot-report-page-01.png', 'lot-report-lot-page.png'],
      ['lot-report-page-02.png', 'lot-report-sample-page.png'],
    ] as const) {
      copyFileSync(path.join(out, from), path.join(out, to));
      publish(to);
    }
  }
});
