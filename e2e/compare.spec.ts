/**
 * A lot compared: the 25 wafers of the real KLA-F5x file seeded as 25 samples (as the cassette
 * import stores them), then the compare view's table against the file's own MEAN/STDDEV headers,
 * the Slot01 − Slot02 difference against an independent computation, staging that difference,
 * and the lot report PDF read back.
 */

import { readFileSync } from 'node:fs';
import { PDFDocument } from '@cantoo/pdf-lib';
import { createApiClient } from '../src/api/client';
import { standardWafer } from '../src/domain/geometry/outline';
import { klaWafer } from '../src/testing/klaFixture';
import { E2E_API_KEY, E2E_API_PORT } from './env';
import { expect, seedSetup, test } from './fixtures';
import { download } from './importDialog';
import { type SeededWafer, seedKlaLot } from './lotSeed';

test.describe.configure({ mode: 'serial' });

let lot: SeededWafer[] = [];

// biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  const api = createApiClient({ baseUrl: `http://127.0.0.1:${E2E_API_PORT}`, apiKey: E2E_API_KEY });
  lot = await seedKlaLot(api, `(compare ${testInfo.workerIndex}-${Date.now()})`);
});

const compareUrl = () => `/?compare=${lot.map((w) => w.sampleId).join(',')}`;

/** A number as the app prints it ("−0.070451 nm", "9.7878"). */
const readNumber = (text: string | null) =>
  Number(
    (text ?? '')
      .trim()
      .replace('−', '-')
      .replace(/\s*[a-zA-Zµ%]+$/, ''),
  );

test('the compare view shows each wafer’s mean and σ as the file’s MEAN and STDDEV, to 4 decimals', async ({
  page,
}) => {
  await page.goto(compareUrl());
  const table = page.getByRole('table', { name: 'Comparison' });
  await expect(table.locator('tbody tr')).toHaveCount(25);
  await expect(page.getByRole('list', { name: 'Sample maps' }).getByRole('listitem')).toHaveCount(
    25,
  );
  // The headers carry the unit once the records' unit is known, and every row its figures once
  // all the samples' annotations are in: wait for both before reading.
  await expect(page.getByText(/Loading the annotations of/)).toHaveCount(0, { timeout: 30_000 });
  for (const name of [/^Mean \(nm\)/, /^σ \(n−1\) \(nm\)/]) {
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
  }
  const headers = await table.locator('thead th').allInnerTexts();
  const meanAt = headers.findIndex((h) => h.startsWith('Mean (nm)'));
  const sdAt = headers.findIndex((h) => h.startsWith('σ (n−1) (nm)'));
  const nAt = headers.findIndex((h) => h.trim() === 'n');
  expect([meanAt, sdAt, nAt].every((i) => i > 0)).toBe(true);
  for (const wafer of lot) {
    const cells = table.locator(`tr[data-sample-id="${wafer.sampleId}"] > *`);
    // Retried: the samples' annotations load 6 at a time, and a row fills in when its load ends.
    await expect(cells.nth(nAt)).toHaveText('49');
    // The header's 4 decimals against the shown 5 (the display rule: data decimals + 1).
    const near = (text: string | null, header: number) =>
      expect(Math.abs(readNumber(text) - header)).toBeLessThanOrEqual(5e-5 + 5e-6);
    near(await cells.nth(meanAt).textContent(), wafer.mean);
    near(await cells.nth(sdAt).textContent(), wafer.stddev);
    // Min, max and range with the file's own 4 decimals, mean and σ with 5: none invented
    // ("9.50020"), none lost ("10.684").
    const sites = klaWafer(wafer.waferId).sites.map((x) => x.thicknessNm);
    const at = (label: string) => headers.findIndex((h) => h.startsWith(label));
    await expect(cells.nth(at('Min (nm)'))).toHaveText(Math.min(...sites).toFixed(4));
    await expect(cells.nth(at('Max (nm)'))).toHaveText(Math.max(...sites).toFixed(4));
    await expect(cells.nth(at('Range (nm)'))).toHaveText(/^\d+\.\d{4}$/);
    await expect(cells.nth(meanAt)).toHaveText(/^\d+\.\d{5}$/);
  }
  // How long the 25 maps × 49 sites took to draw once the last sample's records arrived
  // (printed, not asserted: timing belongs to the benchmark).
  const maps = page.locator('section.compare-maps[data-drawn-ms]');
  await expect(maps).toHaveCount(1);
  console.log(
    `compare view: 25 samples × 49 sites drawn ${await maps.getAttribute('data-drawn-ms')} ms after the data arrived`,
  );
});

test('an unknown property in the URL is said, with what is shown instead', async ({ page }) => {
  // The notice needs every sample's records (which properties and units exist): wait for the
  // 25 rows first, with room for a loaded machine.
  const rows = page.getByRole('table', { name: 'Comparison' }).locator('tbody tr');
  const open = async (query: string) => {
    await page.goto(`${compareUrl()}${query}`);
    await expect(rows).toHaveCount(25, { timeout: 30_000 });
  };
  await open('&property=nonexistent&unit=furlong');
  await expect(page.getByTestId('choice-notice')).toHaveText(
    "No sample has property 'nonexistent' (in furlong); showing thickness (in nm) instead.",
  );
  await open('&property=thickness&unit=furlong');
  await expect(page.getByTestId('choice-notice')).toHaveText(
    'No sample has thickness in furlong; showing it in nm instead.',
  );
  await open('&property=thickness&unit=nm');
  await expect(page.getByTestId('choice-notice')).toHaveCount(0);
});

test('Slot01 − Slot02 pairs 49 sites and shows the statistics of the difference', async ({
  page,
  samplePage,
}) => {
  await page.goto(compareUrl());
  const section = page.getByRole('region', { name: /^Difference map/ });
  const [slot01, slot02] = [lot[0], lot[1]];
  if (!slot01 || !slot02) throw new Error('lot not seeded');
  await section.getByLabel('A', { exact: true }).selectOption({ label: slot01.name });
  await section.getByLabel('B', { exact: true }).selectOption({ label: slot02.name });
  await expect(page).toHaveURL(new RegExp(`a=${slot01.sampleId}.*b=${slot02.sampleId}`));
  await expect(section.getByRole('status').first()).toContainText('49 matched sites');
  await expect(section).toContainText('no unmatched site');

  // Independently: the file's two wafers paired by site number.
  const b = new Map(klaWafer(slot02.waferId).sites.map((s) => [s.site, s.thicknessNm]));
  const diffs = klaWafer(slot01.waferId).sites.map((s) => s.thicknessNm - (b.get(s.site) ?? NaN));
  const mean = diffs.reduce((x, y) => x + y, 0) / diffs.length;
  const sd = Math.sqrt(diffs.reduce((x, d) => x + (d - mean) ** 2, 0) / (diffs.length - 1));
  const stats = section.getByRole('table', { name: 'Difference statistics' });
  const value = async (label: RegExp) =>
    readNumber(await stats.getByRole('row', { name: label }).locator('td').textContent());
  expect(await value(/^Matched sites/)).toBe(49);
  // The display rule: the data's 4 decimals for min and max, one more for mean and σ.
  expect(Math.abs((await value(/^Mean/)) - mean)).toBeLessThan(5.01e-6);
  expect(Math.abs((await value(/^σ/)) - sd)).toBeLessThan(5.01e-6);
  await expect(stats.getByRole('row', { name: /^σ/ }).locator('td')).toHaveText(/^0\.\d{5} nm$/);
  await expect(stats.getByRole('row', { name: /^Max/ }).locator('td')).toHaveText(
    /^\d+\.\d{4} nm$/,
  );
  // The difference changes sign across the wafer: no NU relative to its mean (it was −186 %),
  // and every negative on screen has the minus sign U+2212, the colour bar's too.
  await expect(stats.getByRole('row', { name: /^Non-uniformity/ }).locator('td')).toHaveText('—');
  await expect(section.getByTestId('nu-note')).toContainText('changes sign across the sample');
  await expect(stats.getByRole('row', { name: /^Mean/ }).locator('td')).toHaveText(/^−0\.0\d+ nm$/);
  const shown = (await section.textContent()) ?? '';
  expect(shown).toMatch(/−\d/);
  expect(shown).not.toMatch(/(^|[\s(])-\d/m);

  // The tolerance is kept in the URL; a wider one changes nothing for this pattern.
  await section.getByLabel('Tolerance (mm)').fill('2.5');
  await section.getByLabel('Tolerance (mm)').press('Enter');
  await expect(page).toHaveURL(/tol=2\.5/);
  await expect(section.getByRole('status').first()).toContainText('49 matched sites within 2.5 mm');

  // Staged on B, it waits in B's workspace to be submitted.
  await section.getByRole('button', { name: /^Stage the difference as/ }).click();
  await expect(section.getByText(/Staged 49 annotations of “thickness difference”/)).toBeVisible();
  // A second press stages nothing twice: the same 49 values are already staged on B.
  await section.getByRole('button', { name: /^Stage the difference as/ }).click();
  await expect(section.getByRole('status').last()).toContainText(
    `49 difference values of “thickness difference” are already staged on ${slot02.name}`,
  );
  await samplePage.open(slot02.sampleId);
  await expect(samplePage.stagedRows()).toHaveCount(49);
});

test('long sample names under the trend chart keep what tells them apart and are never cut off', async ({
  page,
}) => {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(compareUrl());
    const svg = page.locator('.trend-plot svg').first();
    await expect(svg).toBeVisible();
    const labels = svg.locator('[aria-label="x-axis tick label"] text');
    await expect(labels).toHaveCount(25);
    // Names here are "<wafer id> (compare …)": each label keeps its wafer id.
    const texts = await labels.allTextContents();
    expect(texts.map((t, i) => t.startsWith(lot[i]?.waferId ?? '?'))).toEqual(
      texts.map(() => true),
    );
    const outside = await svg.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('[aria-label="x-axis tick label"] text')]
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.left < box.left - 0.5 || r.bottom > box.bottom + 0.5).length;
    });
    expect(outside).toBe(0);
  }
});

test('the lot report downloads as one PDF: a lot page and a page per sample', async ({
  page,
}, testInfo) => {
  await page.goto(compareUrl());
  await expect(page.locator('section.compare-maps[data-drawn-ms]')).toHaveCount(1);
  const pdf = await download(page, () =>
    page.getByRole('button', { name: 'Lot report (PDF)' }).click(),
  );
  expect(pdf.suggestedFilename()).toMatch(/^thickness_lot-report_\d{4}-\d\d-\d\d\.pdf$/);
  const file = testInfo.outputPath('lot-report.pdf');
  await pdf.saveAs(file);
  const doc = await PDFDocument.load(readFileSync(file));
  expect(doc.getPageCount()).toBe(26);
  expect(doc.getTitle()).toMatch(/^Lot report: thickness \(25 samples, \d{4}-\d\d-\d\d\)$/);
});

test('spec limits set on one sample are said as such, not drawn as the lot’s limits', async ({
  page,
  api,
}) => {
  const [first] = lot;
  if (!first) throw new Error('lot not seeded');
  const limits = [{ property: 'thickness', unit: 'nm', lsl: 9.6, usl: 10.5 }];
  await seedSetup(api, first.sampleId, { outline: standardWafer(300), limits });
  try {
    await page.goto(compareUrl());
    await expect(page.getByTestId('lot-limits')).toHaveText(
      'Spec limits: set on 1 of 25 samples (LSL 9.6, USL 10.5); not drawn on the lot chart, as the other 24 have none.',
    );
    await expect(page.locator('.trend-plot')).not.toContainText('LSL');
  } finally {
    await seedSetup(api, first.sampleId, { outline: standardWafer(300) });
  }
});
