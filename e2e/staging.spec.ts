/** Staging safety: drafts survive reloads, clicks outside do nothing, submits are sent once, and
 * a rejected submit loses nothing. */
import { expect, type SamplePage, test } from './fixtures';

async function stageAt(samplePage: SamplePage, xMm: number, yMm: number, value: string) {
  await samplePage.clickAtMm({ xMm, yMm });
  await samplePage.field('Value').fill(value);
  await samplePage.field('Value').press('Enter');
}

test('staged points survive a reload', async ({ newSample, samplePage, page }) => {
  const sample = await newSample('Reload wafer 100 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('Rs');
  await samplePage.field('Unit').fill('ohm/sq');
  await stageAt(samplePage, 10, 10, '101.5');
  await stageAt(samplePage, -20, 5.5, '99.25');
  await expect(samplePage.stagedRows()).toHaveCount(2);

  await page.reload();
  await expect(samplePage.stagedRows()).toHaveCount(2);
  await expect(samplePage.stagedRows().nth(0)).toContainText('101.5');
  await expect(samplePage.stagedRows().nth(1)).toContainText('99.25');
  await expect(samplePage.submitButton()).toHaveText('Submit 2 annotations');
});

test('a click outside the wafer stages nothing and says why', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Outside wafer 150 mm');
  await samplePage.open(sample.id);
  // Below the 150 mm wafer's flat (y = −69.27 mm) but inside the circle's bounding box.
  await samplePage.clickAtMm({ xMm: 0, yMm: -73 });
  await expect(samplePage.status).toContainText('Nothing placed');
  await expect(samplePage.field('x (mm)')).toHaveValue('');
  // Off the wafer entirely, in the map's corner.
  await samplePage.clickAtMm({ xMm: 74, yMm: 74 });
  await samplePage.field('Value').fill('1');
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Value').press('Enter');
  await expect(samplePage.staged).toHaveCount(0);
  await expect(page.getByText('Click the map or type x.')).toBeVisible();
});

test('a double-click on Submit sends exactly one request', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Double submit 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  await stageAt(samplePage, 5, 5, '10');
  await stageAt(samplePage, -5, -5, '11');
  let bulkRequests = 0;
  await page.route('**/annotations/bulk', async (route) => {
    bulkRequests += 1;
    // Keep the request in flight long enough for the second click to land while it is pending.
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await samplePage.submitButton().dblclick();
  await expect(samplePage.staged).toHaveCount(0);
  expect(bulkRequests).toBe(1);
  expect(await api.listAnnotations(sample.id)).toHaveLength(2);
});

test('a 422 keeps every staged point and marks the bad row', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Rejected submit 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  // Points far enough apart that a click never lands on an earlier marker (which selects it).
  await stageAt(samplePage, 10, 10, '10');
  await stageAt(samplePage, 20, 20, '20');
  await stageAt(samplePage, 30, 30, '30');
  await page.route('**/annotations/bulk', (route) =>
    route.fulfill({
      status: 422,
      contentType: 'application/json',
      body: JSON.stringify({
        detail: [
          {
            loc: ['body', 'annotations', 1, 'property_value'],
            msg: 'Value is out of range for this property',
            type: 'value_error',
            input: 20,
            ctx: {},
            url: 'https://errors.pydantic.dev/2/v/value_error',
          },
        ],
      }),
    }),
  );
  await samplePage.submitButton().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Submit failed' })).toContainText(
    '1 problem is marked on their rows',
  );
  await expect(samplePage.stagedRows()).toHaveCount(3);
  const bad = samplePage.stagedRows().nth(1);
  await expect(bad).toHaveAccessibleDescription(
    'property_value: Value is out of range for this property',
  );
  await expect(samplePage.staged.getByText('property_value: Value is out of range')).toBeVisible();
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(samplePage.stagedRows().nth(0)).not.toHaveAttribute('aria-invalid', 'true');
  expect(await api.listAnnotations(sample.id)).toHaveLength(0);

  await page.unroute('**/annotations/bulk');
  await page.reload();
  await expect(samplePage.stagedRows()).toHaveCount(3);
});

test('undo and redo after a submit never stage a stored point again, and say what they skipped', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Undo after submit 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  // An earlier change still undoable after the submit: point 44 staged and deleted.
  await stageAt(samplePage, -30, -30, '44');
  await page.getByRole('button', { name: 'Delete staged annotation 1' }).click();
  await stageAt(samplePage, 10, 10, '9.5');
  await stageAt(samplePage, 20, 20, '10.5');
  await stageAt(samplePage, 30, 30, '11.5');
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  expect(await api.listAnnotations(sample.id)).toHaveLength(3);

  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  let writes = 0;
  page.on('request', (r) => {
    if (r.method() !== 'GET') writes += 1;
  });
  // The three adds are passed over (stored); the delete of point 44 is undone.
  await undo.click();
  await expect(samplePage.status).toHaveText(
    'Undone. Ctrl+Shift+Z or Ctrl+Y redoes. Undo skipped 3 points already stored.',
  );
  await expect(samplePage.stagedRows()).toHaveCount(1);
  await expect(samplePage.stagedRows().nth(0)).toContainText('44');
  await expect(page.getByRole('region', { name: /Staged/ })).not.toContainText(
    'already stored by a submit',
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('undo-after-submit.png') });

  // Submit sends point 44 only; then nothing is left to undo or redo.
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  const stored = await api.listAnnotations(sample.id);
  expect(stored.map((r) => r.property_value).sort((x, y) => x - y)).toEqual([9.5, 10.5, 11.5, 44]);
  await undo.click();
  await expect(samplePage.status).toHaveText(
    'Nothing left to undo. Undo skipped 1 point already stored.',
  );
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(samplePage.status).toHaveText(
    'Nothing left to redo. Redo skipped 1 point already stored.',
  );
  await expect(samplePage.staged).toHaveCount(0);
  await expect(redo).toBeDisabled();
  await expect(samplePage.submitButton()).toBeDisabled();
  expect(writes).toBe(1);
  expect(await api.listAnnotations(sample.id)).toHaveLength(4);
});
