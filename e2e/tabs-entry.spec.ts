/** Entry in one tab while another tab of the same sample submits or deletes: guided entry
 * restarts when its values were stored elsewhere, and an edit in progress is never lost. */
import type { Page } from '@playwright/test';
import { expect, SamplePage, test } from './fixtures';

/** A second tab of the same browser on the sample. */
async function secondTab(page: Page, sampleId: string) {
  const tab = new SamplePage(await page.context().newPage());
  await tab.open(sampleId);
  return tab;
}

/** Type `values` into Value with Enter after each, as a user walking the sites does. */
async function typeValues(tab: SamplePage, values: number[]) {
  await tab.field('Value').focus();
  for (const v of values) {
    await tab.page.keyboard.type(String(v));
    await tab.page.keyboard.press('Enter');
  }
}

test('a submit in another tab restarts guided entry at site 1, and says so', async ({
  newSample,
  samplePage: a,
  page,
  api,
}) => {
  const sample = await newSample('Guided other tab 200 mm');
  await a.open(sample.id);
  await a.setWaferDiameter(200);
  const b = await secondTab(page, sample.id);
  await a.openSection('Pattern');
  await page.getByLabel('Measurement pattern').selectOption('polar:polar-9');
  await a.field('Property').fill('thickness');
  await typeValues(a, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  await expect(b.stagedRows()).toHaveCount(9, { timeout: 2000 });

  await b.submitButton().click();
  await expect(b.staged).toHaveCount(0);
  await expect(a.staged).toHaveCount(0, { timeout: 2000 });
  await expect(a.status).toContainText('Guided entry starts again at site 1 of 9.');
  await expect(a.status).toContainText('Another tab stored 9 annotations');
  await expect(page.getByLabel('Progress')).toHaveText('0 / 9');
  // The value shown for site 9 is stored now: it is not offered for Enter to replace.
  await expect(a.field('Value')).toHaveValue('');

  await typeValues(a, [11, 12, 13]);
  await a.submitButton().click();
  await expect(a.staged).toHaveCount(0);
  const stored = await api.listAnnotations(sample.id);
  const siteOf = new Map(stored.map((r) => [r.property_value, r.annotation_metadata?.site]));
  expect([siteOf.get(11), siteOf.get(12), siteOf.get(13)]).toEqual([1, 2, 3]);
});

test('a row deleted in another tab while it is edited keeps the typed values; undo/redo never bring it back', async ({
  newSample,
  samplePage: a,
  page,
}) => {
  const sample = await newSample('Edit vs delete 150 mm');
  await a.open(sample.id);
  const b = await secondTab(page, sample.id);
  await a.field('Property').fill('thickness');
  for (const [i, v] of [101, 202, 303].entries()) {
    await a.field('x (mm)').fill(String(-20 + i * 10));
    await a.field('y (mm)').fill('5');
    await a.field('Value').fill(String(v));
    await a.field('Value').press('Enter');
  }
  await expect(b.stagedRows()).toHaveCount(3, { timeout: 2000 });

  await a.page.getByRole('button', { name: 'Edit staged annotation 2' }).click();
  await a.page.getByLabel('Value of staged annotation 2').fill('55');
  await b.page.getByRole('button', { name: 'Delete staged annotation 2' }).click();
  await expect(b.stagedRows()).toHaveCount(2);

  // Tab A keeps the edit open, with what was typed, and says what happened.
  const notice = a.page.getByRole('status', { name: 'Edited row no longer staged' });
  await expect(notice).toContainText('Deleted in another tab', { timeout: 2000 });
  await expect(a.page.getByLabel('Value of staged annotation 2')).toHaveValue('55');
  await expect(a.page.getByRole('heading', { name: 'Staged (2)' })).toBeVisible();
  await expect(a.staged).not.toContainText('202');

  // Save puts it back, with the typed value, in both tabs.
  await a.page.getByLabel('Value of staged annotation 2').press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(a.staged).toContainText('55');
  await expect(b.staged).toContainText('55', { timeout: 2000 });
  await expect(b.stagedRows()).toHaveCount(3);

  // Edited again and deleted elsewhere again; this time A drops its edit. Undo then skips the
  // steps whose point is gone (never bringing it back) and undoes the staging of point 3; redo
  // restores point 3 only, and no stale edit row reopens.
  await a.page.getByRole('button', { name: 'Edit staged annotation 2' }).click();
  await a.page.getByLabel('Value of staged annotation 2').fill('66');
  await b.page.getByRole('button', { name: 'Delete staged annotation 2' }).click();
  await expect(notice).toContainText('Deleted in another tab', { timeout: 2000 });
  await a.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(notice).toHaveCount(0);
  await expect(a.stagedRows()).toHaveCount(2);
  const undo = a.page.getByRole('button', { name: 'Undo', exact: true });
  const redo = a.page.getByRole('button', { name: 'Redo', exact: true });
  await undo.click();
  await expect(a.stagedRows()).toHaveCount(1);
  await expect(a.staged).toContainText('101');
  await redo.click();
  await expect(a.stagedRows()).toHaveCount(2);
  await expect(a.staged).toContainText('303');
  await expect(redo).toBeDisabled();
  for (const tab of [a, b]) {
    await expect(tab.staged).not.toContainText('55');
    await expect(tab.staged).not.toContainText('66');
    await expect(tab.staged).not.toContainText('202');
  }
  await expect(a.page.getByLabel('Value of staged annotation 2')).toHaveCount(0);
});

test('a submit in another tab shows the stored records here at once, with the right count', async ({
  newSample,
  samplePage: a,
  page,
}) => {
  const sample = await newSample('Stored elsewhere 150 mm');
  await a.open(sample.id);
  const b = await secondTab(page, sample.id);
  await a.field('Property').fill('thickness');
  for (let i = 0; i < 5; i++) {
    await a.field('x (mm)').fill(String(-20 + i * 10));
    await a.field('y (mm)').fill('0');
    await a.field('Value').fill(String(100 + i));
    await a.field('Value').press('Enter');
  }
  await expect(b.stagedRows()).toHaveCount(5, { timeout: 2000 });
  await expect(b.page.getByRole('tab', { name: 'Review (0 stored)' })).toBeVisible();
  // B has a row open for editing (nothing typed), as the tester had.
  await b.page.getByRole('button', { name: 'Edit staged annotation 2' }).click();

  await a.page.bringToFront();
  await a.submitButton().click();
  await expect(a.staged).toHaveCount(0);
  // B never gets focus back: the records must come without a reload or a focus refetch.
  await expect(b.status).toContainText('Another tab stored 5 annotations of this sample.', {
    timeout: 3000,
  });
  await expect(b.page.getByRole('tab', { name: 'Review (5 stored)' })).toBeVisible({
    timeout: 3000,
  });
});
