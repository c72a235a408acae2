/** Several tabs on one sample (one browser context: shared storage, BroadcastChannel and Web
 * Locks), guided entry after a submit, and a reload while a submit's answer is pending. */
import type { Page, Route } from '@playwright/test';
import type { ApiClient } from '../src/api/client';
import { expect, SamplePage, test } from './fixtures';

/** Stage `values` at typed coordinates (no clicks, so no marker is ever hit). */
async function stageTyped(tab: SamplePage, values: number[], start = 0) {
  await tab.field('Property').fill('thickness');
  for (const [k, v] of values.entries()) {
    const i = start + k;
    await tab.field('x (mm)').fill(String(-40 + i * 7));
    await tab.field('y (mm)').fill(String(i * 3));
    await tab.field('Value').fill(String(v));
    await tab.field('Value').press('Enter');
  }
}

const storedValues = async (api: ApiClient, id: string) =>
  (await api.listAnnotations(id)).map((r) => r.property_value).sort((a, b) => a - b);

/** A second tab of the same browser on the sample. */
async function secondTab(page: Page, sampleId: string) {
  const tab = new SamplePage(await page.context().newPage());
  await tab.open(sampleId);
  return tab;
}

/** Count the bulk requests a page sends. */
function countBulk(page: Page) {
  const counter = { n: 0 };
  page.on('request', (r) => {
    if (r.url().endsWith('/annotations/bulk') && r.method() === 'POST') counter.n += 1;
  });
  return counter;
}

test('a point staged in one tab appears in the other, and an edit there comes back', async ({
  newSample,
  samplePage: a,
  page,
}) => {
  const sample = await newSample('Two tabs stage 150 mm');
  await a.open(sample.id);
  const b = await secondTab(page, sample.id);
  await stageTyped(a, [101]);
  await expect(b.stagedRows()).toHaveCount(1, { timeout: 1000 });
  await expect(b.stagedRows().nth(0)).toContainText('101');

  await b.page.getByRole('button', { name: 'Edit staged annotation 1' }).click();
  await b.page.getByLabel('Value of staged annotation 1').fill('99');
  await b.page.getByLabel('Value of staged annotation 1').press('Enter');
  await expect(a.stagedRows().nth(0)).toContainText('99', { timeout: 1000 });
  await expect(b.page.getByRole('button', { name: 'Edit staged annotation 1' })).toBeFocused();

  // Both tabs stage a point at the same moment: neither overwrites the other's.
  for (const [tab, x, v] of [
    [a, '10', '201'],
    [b, '-10', '202'],
  ] as const) {
    await tab.field('Property').fill('thickness');
    await tab.field('x (mm)').fill(x);
    await tab.field('y (mm)').fill('-20');
    await tab.field('Value').fill(v);
  }
  await Promise.all([a.field('Value').press('Enter'), b.field('Value').press('Enter')]);
  for (const tab of [a, b]) {
    await expect(tab.stagedRows()).toHaveCount(3, { timeout: 1000 });
    await expect(tab.staged).toContainText('201');
    await expect(tab.staged).toContainText('202');
  }
  // The stored draft has all three: one draft, not two.
  await a.page.reload();
  await expect(a.stagedRows()).toHaveCount(3);
  await expect(a.stagedRows().nth(0)).toContainText('99');
});

test('both tabs press Submit together: each annotation is stored once', async ({
  newSample,
  samplePage: a,
  page,
  api,
}) => {
  const sample = await newSample('Two tabs submit 150 mm');
  await a.open(sample.id);
  const b = await secondTab(page, sample.id);
  await stageTyped(a, [100, 101, 102, 103, 104]);
  await expect(b.stagedRows()).toHaveCount(5, { timeout: 1000 });
  const sentA = countBulk(a.page);
  const sentB = countBulk(b.page);
  // The first submit's request is held until the other tab is seen waiting, so the second
  // tab's click certainly lands while it runs, however slow the machine.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  for (const tab of [a, b]) {
    await tab.page.route('**/annotations/bulk', async (route) => {
      await held;
      await route.continue();
    });
  }
  await Promise.all([a.submitButton().click(), b.submitButton().click()]);
  // One of them waits for the other's lock, and says so.
  const waiting = [a, b].map((t) =>
    t.page.getByRole('button', { name: 'Another tab is submitting…' }),
  );
  await expect
    .poll(async () => (await waiting[0]?.isVisible()) || (await waiting[1]?.isVisible()))
    .toBe(true);
  release();
  await expect(a.staged).toHaveCount(0);
  await expect(b.staged).toHaveCount(0);
  const statuses = [await a.status.textContent(), await b.status.textContent()].join(' | ');
  expect(statuses).toContain('Stored 5 annotations.');
  expect(statuses).toContain('Nothing left to send: another tab stored these annotations');
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102, 103, 104]);
  expect(sentA.n + sentB.n).toBe(1);
});

test('a tab edits a staged value while the other submits: the edit is kept, nothing stored twice', async ({
  newSample,
  samplePage: a,
  page,
  api,
}) => {
  const sample = await newSample('Edit in flight 150 mm');
  await a.open(sample.id);
  const b = await secondTab(page, sample.id);
  await stageTyped(a, [100, 101, 102]);
  await expect(b.stagedRows()).toHaveCount(3, { timeout: 1000 });
  // Tab A's bulk request is held until tab B's edit has reached tab A.
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => {
    release = r;
  });
  let inFlight: () => void = () => undefined;
  const sent = new Promise<void>((r) => {
    inFlight = r;
  });
  await a.page.route('**/annotations/bulk', async (route) => {
    inFlight();
    await released;
    await route.continue();
  });
  await a.submitButton().click();
  await sent;
  await b.page.getByRole('button', { name: 'Edit staged annotation 2' }).click();
  await b.page.getByLabel('Value of staged annotation 2').fill('161');
  await b.page.getByLabel('Value of staged annotation 2').press('Enter');
  await expect(a.stagedRows().nth(1)).toContainText('161', { timeout: 1000 });
  release();

  // A stored the three values it sent; the edited one stays staged in both tabs, marked.
  await expect(a.status).toContainText('Stored 3 annotations.');
  await expect(a.status).toContainText('1 was edited while being sent');
  for (const tab of [a, b]) {
    await expect(tab.stagedRows()).toHaveCount(1);
    await expect(tab.stagedRows().nth(0)).toContainText('161');
    await expect(tab.page.getByRole('status', { name: 'Stored and edited since' })).toContainText(
      'Row 1 is already stored by a submit and was edited since',
    );
  }
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102]);

  // The next submit (from the other tab) corrects the stored record instead of adding one.
  await b.submitButton().click();
  await expect(b.status).toContainText('corrected instead of stored twice');
  await expect(b.staged).toHaveCount(0);
  await expect(a.staged).toHaveCount(0);
  expect(await storedValues(api, sample.id)).toEqual([100, 102, 161]);
  // Nothing stored comes back staged, in either tab, after a reload either.
  for (const tab of [a, b]) {
    await tab.page.reload();
    await expect(tab.map).toHaveAttribute('data-px-per-mm', /\d/);
    await expect(tab.staged).toHaveCount(0);
  }
});

test('a second guided pass stores its values at sites 1..N', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Guided twice 150 mm');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  await samplePage.openSection('Pattern');
  await page.getByLabel('Measurement pattern').selectOption('polar:polar-5');
  await samplePage.field('Property').fill('thickness');
  const pass = async (values: number[]) => {
    for (const v of values) {
      await page.keyboard.type(String(v));
      await page.keyboard.press('Enter');
    }
    await expect(samplePage.stagedRows()).toHaveCount(values.length);
    await samplePage.submitButton().click();
    await expect(samplePage.staged).toHaveCount(0);
  };
  await samplePage.field('Value').focus();
  await pass([1, 2, 3, 4, 5]);
  await expect(samplePage.status).toContainText('Guided entry starts again at site 1 of 5.');
  await expect(page.getByLabel('Progress')).toHaveText('0 / 5');
  // The Submit click leaves focus on Value, so the next pass is typed straight away.
  await expect(samplePage.field('Value')).toBeFocused();
  await pass([11, 12, 13, 14, 15]);

  const stored = await api.listAnnotations(sample.id);
  const siteOf = new Map(stored.map((r) => [r.property_value, r.annotation_metadata?.site]));
  for (let site = 1; site <= 5; site++) {
    expect(siteOf.get(site)).toBe(site);
    expect(siteOf.get(10 + site)).toBe(site);
  }
});

test('a reload during a pending submit shows the notice and the correct staged list', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Reload in flight 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, [100, 101, 102]);
  // The server stores the first request, but its answer never reaches the page (the route is
  // left unanswered until the reload drops it); later requests go through.
  const held: Route[] = [];
  await page.route('**/annotations/bulk', async (route) => {
    if (held.length > 0) return route.continue();
    held.push(route);
    await route.fetch();
  });
  await samplePage.submitButton().click();
  await expect.poll(() => storedValues(api, sample.id)).toEqual([100, 101, 102]);
  // A point staged while the submit waits is not part of it.
  await stageTyped(samplePage, [200], 3);
  await expect(samplePage.stagedRows()).toHaveCount(4);
  await page.reload();

  await expect(page.getByRole('status', { name: 'Interrupted submit' })).toContainText(
    '3 annotations from the interrupted submit were already stored',
  );
  await expect(samplePage.stagedRows()).toHaveCount(1);
  await expect(samplePage.stagedRows().nth(0)).toContainText('200');
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102, 200]);
});
