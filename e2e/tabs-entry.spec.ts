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

test("an edit form open in one tab keeps another tab's change to a field it did not touch; the same field: the later save wins and says whose value went", async ({
  newSample,
  samplePage: a,
  page,
}) => {
  const sample = await newSample('Edit vs edit 100 mm');
  await a.open(sample.id);
  const b = await secondTab(page, sample.id);
  await a.field('Property').fill('thickness');
  await a.field('Unit').fill('nm');
  for (const [i, v] of [9.5, 10.5, 11.5].entries()) {
    await a.field('x (mm)').fill(String(i * 3));
    await a.field('y (mm)').fill(String(i * 2));
    await a.field('Value').fill(String(v));
    await a.field('Value').press('Enter');
  }
  await expect(b.stagedRows()).toHaveCount(3, { timeout: 2000 });

  // The tester's steps: both open row 1; A types value and unit, B types only a value; A saves,
  // and B saves later.
  await a.page.getByRole('button', { name: 'Edit staged annotation 1' }).click();
  await b.page.getByRole('button', { name: 'Edit staged annotation 1' }).click();
  await a.page.getByLabel('Value of staged annotation 1').fill('1.11');
  await b.page.getByLabel('Value of staged annotation 1').fill('2.22');
  await a.page.getByLabel('Unit of staged annotation 1').fill('Å');
  await a.page.getByRole('button', { name: 'Save' }).click();
  // B's open form shows A's unit (a field B never touched) and keeps the value B typed.
  await expect(b.page.getByLabel('Unit of staged annotation 1')).toHaveValue('Å', {
    timeout: 2000,
  });
  await expect(b.page.getByLabel('Value of staged annotation 1')).toHaveValue('2.22');
  await b.page.getByRole('button', { name: 'Save' }).click();
  for (const tab of [a, b]) {
    await expect(tab.stagedRows().nth(0)).toContainText('2.22', { timeout: 2000 });
    await expect(tab.stagedRows().nth(0)).toContainText('Å');
    await expect(tab.stagedRows().nth(0)).not.toContainText('nm');
  }
  await expect(b.page.getByRole('status', { name: 'Edit replaced newer values' })).toHaveText(
    /Saved row 1: your Value 2\.22 replaced 1\.11, set in another tab while you edited\./,
  );

  // Both edit the same field with the forms open together: the later save wins, and says so;
  // the earlier tab's untouched fields are not written back.
  await a.page.getByRole('button', { name: 'Edit staged annotation 2' }).click();
  await b.page.getByRole('button', { name: 'Edit staged annotation 2' }).click();
  await a.page.getByLabel('Property of staged annotation 2').fill('Rs');
  await b.page.getByLabel('Property of staged annotation 2').fill('GOF');
  await b.page.getByLabel('x (mm) of staged annotation 2').fill('4');
  await a.page.getByLabel('Property of staged annotation 2').press('Enter');
  await expect(b.stagedRows().nth(0)).toContainText('2.22');
  await b.page.waitForTimeout(500);
  await b.page.getByLabel('Property of staged annotation 2').press('Enter');
  await expect(b.page.getByRole('status', { name: 'Edit replaced newer values' })).toHaveText(
    /Saved row 2: your Property GOF replaced Rs, set in another tab while you edited\./,
  );
  for (const tab of [a, b]) {
    await expect(tab.stagedRows().nth(1)).toContainText('GOF', { timeout: 2000 });
    await expect(tab.stagedRows().nth(1)).toContainText('10.5');
  }
  await expect(a.page.getByRole('status', { name: 'Edit replaced newer values' })).toHaveCount(0);
  await b.page.setViewportSize({ width: 1280, height: 800 });
  await b.page.screenshot({ path: test.info().outputPath('edit-vs-edit-B.png') });
});
