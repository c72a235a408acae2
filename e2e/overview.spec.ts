/**
 * The samples overview (the first screen): search and selection kept in the URL, Shift ranges,
 * Compare with the selected ids, the keyboard, 1,000 samples without 1,000 rows in the DOM, and
 * small maps loaded only for the rows in view.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ApiClient } from '../src/api/client';
import type { PhysicalSample } from '../src/api/schemas';
import { standardWafer } from '../src/domain/geometry/outline';
import { expect, seedSetup, test } from './fixtures';
import { seedKla, thickness } from './reviewHelpers';

/** Create `names` through the API, `parallel` requests at a time. */
async function createSamples(api: ApiClient, names: string[], parallel = 16) {
  const out: PhysicalSample[] = [];
  for (let i = 0; i < names.length; i += parallel) {
    out.push(...(await Promise.all(names.slice(i, i + parallel).map((n) => api.createSample(n)))));
  }
  return out;
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Samples' });
const bodyRows = (page: Page) => grid(page).locator('tbody tr.sample-row');
const select = (page: Page, name: string) => page.getByRole('checkbox', { name: `Select ${name}` });

async function sortByName(page: Page) {
  const header = grid(page).getByRole('columnheader', { name: /^Name/ });
  if ((await header.getAttribute('aria-sort')) !== 'ascending') {
    await header.getByRole('button').click();
  }
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
}

test('search and selection survive a reload (URL); Shift-click selects a range; Compare opens with the selected ids', async ({
  page,
  api,
}, testInfo) => {
  const tag = `sel${testInfo.testId.slice(0, 8)}`;
  const [a, b, c, d] = await createSamples(
    api,
    ['A', 'B', 'C', 'D'].map((x) => `${tag} ${x}2`),
  );
  await page.goto('/');
  await page.getByLabel('Search samples').fill(tag);
  await expect(page).toHaveURL(new RegExp(`q=${tag}`));
  await expect(bodyRows(page)).toHaveCount(4);
  await sortByName(page);
  await select(page, `${tag} A2`).click();
  await select(page, `${tag} C2`).click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 selected')).toBeVisible();
  const ids = [a, b, c].map((s) => s?.id);
  expect(new URL(page.url()).searchParams.get('sel')?.split(',').sort()).toEqual([...ids].sort());

  await page.reload();
  await expect(page.getByLabel('Search samples')).toHaveValue(tag);
  await expect(bodyRows(page)).toHaveCount(4);
  await expect(select(page, `${tag} A2`)).toBeChecked();
  await expect(select(page, `${tag} B2`)).toBeChecked();
  await expect(select(page, `${tag} C2`)).toBeChecked();
  await expect(select(page, `${tag} D2`)).not.toBeChecked();
  expect(d).toBeDefined();

  await page.getByRole('button', { name: 'Compare 3 samples' }).click();
  await expect(page).toHaveURL(/\?compare=/);
  expect(new URL(page.url()).searchParams.get('compare')).toBe(ids.join(','));
  // Back returns to the overview with the same search and selection.
  await page.goBack();
  await expect(page.getByLabel('Search samples')).toHaveValue(tag);
  await expect(page.getByText('3 selected')).toBeVisible();
});

test('keyboard: one Tab stop for the list, arrows move, Space selects, Enter opens the sample', async ({
  page,
  api,
}, testInfo) => {
  const tag = `kbd${testInfo.testId.slice(0, 8)}`;
  const [first, second] = await createSamples(api, [`${tag} Slot2`, `${tag} Slot10`]);
  await page.goto(`/?q=${tag}`);
  await sortByName(page);
  // Natural order: Slot2 before Slot10.
  await expect(bodyRows(page).nth(0)).toContainText(`${tag} Slot2`);
  await expect(grid(page).locator('tr[tabindex="0"]')).toHaveCount(1);
  // Tab from the search box reaches the list (after the toolbar and the column headers).
  await page.getByLabel('Search samples').focus();
  for (let i = 0; i < 12; i++) {
    if (
      await bodyRows(page)
        .nth(0)
        .evaluate((el) => el === document.activeElement)
    )
      break;
    await page.keyboard.press('Tab');
  }
  await expect(bodyRows(page).nth(0)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(bodyRows(page).nth(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText('1 selected')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?sample=${second?.id}`));
  expect(first).toBeDefined();
});

test('1,000 samples: the grid renders only the rows in view, loads small maps lazily, and scrolls to the end', async ({
  page,
  api,
}, testInfo) => {
  test.setTimeout(120_000);
  const tag = `bulk${testInfo.testId.slice(0, 8)}`;
  const names = Array.from({ length: 1000 }, (_, i) => `${tag} ${String(i + 1).padStart(4, '0')}`);
  const samples = await createSamples(api, names);
  const byName = new Map(samples.map((s) => [s.name, s.id]));
  const requested = new Set<string>();
  page.on('request', (r) => {
    const m = /\/physical_samples\/([^/]+)\/annotations\/?(?:\?|$)/.exec(r.url());
    if (m?.[1] && r.method() === 'GET') requested.add(m[1]);
  });

  // The order chosen earlier is remembered: by name, so the first screen shows 0001 onwards.
  await page.addInitScript(() =>
    localStorage.setItem(
      'wafer-annotator:overview-sort',
      JSON.stringify({ key: 'name', direction: 'asc' }),
    ),
  );
  await page.goto(`/?q=${tag}`);
  await expect(grid(page).getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '1001');
  await expect(bodyRows(page).first()).toContainText(`${tag} 0001`);
  // The first rows' counts arrive (0 annotations each).
  await expect(bodyRows(page).first().locator('.sample-count')).toHaveText('0');
  await page.waitForTimeout(500);
  const rendered = await bodyRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);
  const before = [...requested].filter((id) => [...byName.values()].includes(id));
  expect(before.length).toBeGreaterThan(0);
  expect(before.length).toBeLessThan(45);
  expect(requested.has(byName.get(`${tag} 1000`) ?? '')).toBe(false);

  await grid(page)
    .locator('xpath=..')
    .evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
  const last = bodyRows(page).filter({ hasText: `${tag} 1000` });
  await expect(last).toBeVisible();
  await expect(last.locator('.sample-count')).toHaveText('0');
  expect(await bodyRows(page).count()).toBeLessThan(40);
  expect(requested.has(byName.get(`${tag} 1000`) ?? '')).toBe(true);
  const after = [...requested].filter((id) => [...byName.values()].includes(id));
  // Only the rows that were in view: the start and the end, not the 950 in between.
  expect(after.length).toBeLessThan(100);
  expect(requested.has(byName.get(`${tag} 0500`) ?? '')).toBe(false);
});

test('a KLA wafer with GOF: the small map and range show thickness and say so; a size in the name gives a guessed outline', async ({
  page,
  api,
}, testInfo) => {
  const tag = `gof${testInfo.testId.slice(0, 8)}`;
  const [wafer] = await createSamples(api, [`${tag} Demo 150 mm Si wafer`]);
  if (!wafer) throw new Error('sample not created');
  // As a cassette import with GOF ticked stores it: thickness and gof at each of the 49 sites.
  await seedKla(api, wafer.id, { property: 'thickness', unit: 'nm', value: thickness, scale: 2 });
  await seedKla(api, wafer.id, { property: 'gof', unit: null, value: () => 0.998, scale: 2 });
  await page.goto(`/?q=${tag}`);
  const row = bodyRows(page).filter({ hasText: tag });
  await expect(row.locator('.sample-count')).toHaveText('98');
  await expect(row.locator('.sample-range-property')).toHaveText('thickness');
  await expect(row.locator('.sample-range')).toContainText('9.5002 – 10.6835 nm');
  await expect(row).not.toContainText('no outline set');
  await expect(row.locator('.thumbnail-guessed')).toHaveText('guessed');
  await row.screenshot({ path: testInfo.outputPath('gof-guessed-row.png') });
  await expect(
    row.getByRole('img', {
      name: /^Map of 49 thickness \[nm\] values.*outline guessed from the name$/,
    }),
  ).toBeVisible();

  // Compare opens on thickness, not on gof.
  await page.goto(`/?compare=${wafer.id}`);
  await expect(page.getByLabel('Property', { exact: true })).toHaveValue('thickness');
});

test('a sample with stored values shows its count, properties and small map; axe finds nothing serious', async ({
  page,
  api,
}, testInfo) => {
  const tag = `map${testInfo.testId.slice(0, 8)}`;
  const [withMap, noOutline] = await createSamples(api, [`${tag} Slot01`, `${tag} bare`]);
  if (!withMap || !noOutline) throw new Error('samples not created');
  await seedSetup(api, withMap.id, { outline: standardWafer(300) });
  await seedKla(api, withMap.id, { property: 'thickness', unit: 'nm', value: thickness });
  await page.goto(`/?q=${tag}`);
  await sortByName(page);
  const row = bodyRows(page).filter({ hasText: `${tag} Slot01` });
  await expect(row.locator('.sample-count')).toHaveText('49');
  await expect(row).toContainText('thickness [nm] 49');
  // Slot01 of the KLA-F5x export: MIN 9.5002, MAX 10.6835.
  await expect(
    row.getByRole('img', { name: 'Map of 49 thickness [nm] values, 9.5002 – 10.6835 nm' }),
  ).toBeVisible();
  await expect(row.locator('.sample-range')).toHaveText('thickness9.5002 – 10.6835 nm');
  await expect(row.locator('.sample-range-property')).toHaveText('thickness');
  await expect(bodyRows(page).filter({ hasText: `${tag} bare` })).toContainText('no outline set');

  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  await row.getByRole('link', { name: `${tag} Slot01` }).click();
  await expect(page).toHaveURL(new RegExp(`\\?sample=${withMap.id}`));
});

test('names sort naturally (case, separators and leading zeros ignored); one stored value reads as one figure', async ({
  page,
  api,
}, testInfo) => {
  const tag = `nat${testInfo.testId.slice(0, 8)}`;
  const names = ['Slot1', 'Slot2', 'Slot10', 'slot 3', 'Slot 07', 'Slot 07 200mm'];
  const created = await createSamples(
    api,
    names.map((n) => `${tag} ${n}`),
  );
  const [first] = created;
  if (!first) throw new Error('samples not created');
  await seedKla(api, first.id, { property: 'thickness', unit: 'nm', value: () => 1.5 });
  await page.goto(`/?q=${tag}`);
  await expect(bodyRows(page)).toHaveCount(6);
  await sortByName(page);
  await expect(bodyRows(page).locator('td.sample-name')).toHaveText(
    ['Slot1', 'Slot2', 'slot 3', 'Slot 07', 'Slot 07 200mm', 'Slot10'].map((n) => `${tag} ${n}`),
  );
  // 49 values, all 1.5 nm: "1.5 nm", not "1.5000 – 1.5000 nm".
  const row = bodyRows(page)
    .filter({ hasText: `${tag} Slot1` })
    .first();
  await expect(row.locator('.sample-range')).toHaveText('thickness1.5 nm');
});
