/**
 * Review of what is stored, continued: editing, deleting and undoing in the "Annotations" table,
 * checked through the API, and the selection shared by the table, the map and the profile.
 */
import { expect, SamplePage, test } from './fixtures';
import {
  openReview,
  reviewPanel,
  rowOf,
  seedKla,
  slot01,
  statRow,
  thickness,
} from './reviewHelpers';

test('edit a value in the table; a failed second edit rolls back, says why and keeps the text', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Review edit 300 mm');
  const stored = await seedKla(api, sample.id, {
    property: 'thickness',
    unit: 'nm',
    value: thickness,
  });
  await openReview(samplePage, sample.id, 300);

  await page.getByRole('button', { name: 'Edit annotation 1', exact: true }).click();
  await page.getByLabel('Value of annotation 1', { exact: true }).fill('9.6001');
  await page.getByLabel('Value of annotation 1', { exact: true }).press('Enter');
  await expect(rowOf(samplePage, 1)).toContainText('9.6001');
  // The keyboard user keeps their place: focus is back on the row's Edit button.
  await expect(page.getByRole('button', { name: 'Edit annotation 1', exact: true })).toBeFocused();
  await expect
    .poll(
      async () =>
        (await api.listAnnotations(sample.id)).find((r) => r.id === stored[0]?.id)?.property_value,
    )
    .toBe(9.6001);
  await expect(statRow(samplePage, 'Max')).toContainText('10.6835 nm');

  // The server fails the next PATCH: the table shows the stored value again and the message.
  await page.route('**/annotations/*', (route) =>
    route.request().method() === 'PATCH'
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: '{"detail":"database is locked"}',
        })
      : route.continue(),
  );
  await page.getByRole('button', { name: 'Edit annotation 2', exact: true }).click();
  await page.getByLabel('Value of annotation 2', { exact: true }).fill('12.5');
  await page.getByLabel('Value of annotation 2', { exact: true }).press('Enter');
  const alert = reviewPanel(samplePage).getByRole('alert').filter({ hasText: 'Could not save' });
  await expect(alert).toContainText(
    'Could not save the change to annotation 2: Server error (HTTP 500: database is locked).',
  );
  await expect(rowOf(samplePage, 2)).toContainText(String(thickness(1)));
  await expect(rowOf(samplePage, 2)).not.toContainText('12.5');
  expect((await api.listAnnotations(sample.id))[1]?.property_value).toBe(thickness(1));

  // What the user typed is not lost: "Edit again" reopens it, and it saves once the server is back.
  await page.unroute('**/annotations/*');
  await alert.getByRole('button', { name: 'Edit again' }).click();
  await expect(page.getByLabel('Value of annotation 2', { exact: true })).toHaveValue('12.5');
  await page.getByLabel('Value of annotation 2', { exact: true }).press('Enter');
  await expect
    .poll(async () => (await api.listAnnotations(sample.id))[1]?.property_value)
    .toBe(12.5);
  await expect(alert).toHaveCount(0);
});

test('delete a record after confirming, then undo; a server without DELETE says so', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Review delete 300 mm');
  const stored = await seedKla(api, sample.id, {
    property: 'thickness',
    unit: 'nm',
    value: thickness,
  });
  await openReview(samplePage, sample.id, 300);
  const rows = samplePage.records.locator('tbody tr');
  await expect(rows).toHaveCount(49);

  await page.getByRole('button', { name: 'Delete annotation 3', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Confirm delete' });
  await expect(confirm).toContainText('Delete 1 annotation from the server?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows).toHaveCount(49);

  await page.getByRole('button', { name: 'Delete annotation 3', exact: true }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows).toHaveCount(48);
  const gone = stored[2];
  if (!gone) throw new Error('no third record');
  expect((await api.listAnnotations(sample.id)).some((r) => r.id === gone.id)).toBe(false);
  await expect(statRow(samplePage, 'n')).toContainText('48');

  await page
    .getByRole('status', { name: 'Undo delete' })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(rows).toHaveCount(49);
  const back = (await api.listAnnotations(sample.id)).filter(
    (r) => r.coord_x === gone.coord_x && r.coord_y === gone.coord_y,
  );
  expect(back).toHaveLength(1);
  expect(back[0]).toMatchObject({
    property_name: 'thickness',
    property_value: gone.property_value,
    property_unit: 'nm',
    char_source_type: 'KLA-F5x',
  });
  await expect(statRow(samplePage, 'Mean')).toContainText('9.78776 nm');

  // Two at once, through the row check boxes.
  await page.getByLabel('Select annotation 1', { exact: true }).check();
  await page.getByLabel('Select annotation 2', { exact: true }).check();
  await page.getByRole('button', { name: 'Delete 2 selected' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows).toHaveCount(47);
  expect(await api.listAnnotations(sample.id)).toHaveLength(47);

  // A server without DELETE: nothing disappears and the user is told.
  await page.route('**/annotations/*', (route) =>
    route.request().method() === 'DELETE'
      ? route.fulfill({
          status: 405,
          contentType: 'application/json',
          body: '{"detail":"Method Not Allowed"}',
        })
      : route.continue(),
  );
  await page.getByRole('button', { name: 'Delete annotation 5', exact: true }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(
    reviewPanel(samplePage).getByRole('alert').filter({ hasText: 'Delete is not available' }),
  ).toContainText('Deleting annotations is not supported by this server.');
  await expect(rows).toHaveCount(47);
});

test('a row centres its marker, a marker selects its row, a profile point highlights its marker', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Review select 300 mm');
  await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
  await openReview(samplePage, sample.id, 300);
  const box = await samplePage.map.boundingBox();
  if (!box) throw new Error('no map');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();

  // Row 30 (an outer-ring site): after the click its marker is in the middle of the map.
  const site = slot01[29];
  if (!site) throw new Error('no site 30');
  await page.getByRole('button', { name: 'Show annotation 30 on the map', exact: true }).click();
  await expect(rowOf(samplePage, 30)).toHaveAttribute('aria-selected', 'true');
  await expect
    .poll(async () => {
      const p = await samplePage.pagePointOf(site);
      return Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2));
    })
    .toBeLessThan(1);

  // Clicking a neighbouring marker selects its row and scrolls it into view.
  const neighbour = slot01[28];
  if (!neighbour) throw new Error('no site 29');
  await samplePage.clickAtMm(neighbour);
  await expect(rowOf(samplePage, 29)).toHaveAttribute('aria-selected', 'true');
  await expect(rowOf(samplePage, 30)).toHaveAttribute('aria-selected', 'false');
  await expect(rowOf(samplePage, 29)).toBeInViewport();

  // A click beside the markers clears the selection and places nothing.
  await samplePage.clickAtMm({
    xMm: (site.xMm + neighbour.xMm) / 2,
    yMm: (site.yMm + neighbour.yMm) / 2 - 15,
  });
  await expect(rowOf(samplePage, 29)).toHaveAttribute('aria-selected', 'false');
  await expect(samplePage.status).toContainText('open the Entry tab to place new ones');
  await expect(page.getByRole('tab', { name: /^Entry \(0 staged\)/ })).toBeVisible();

  // Hovering the centre site in the radial profile rings its marker on the map (and its row).
  await page.getByRole('button', { name: 'Fit' }).click();
  const { view } = await samplePage.view();
  const ringAt = { xMm: 9 / view.pxPerMm, yMm: 0 };
  const before = await samplePage.recordsLayerPixelAt(ringAt);
  await page.locator('svg.radial-profile circle').first().hover();
  await expect(rowOf(samplePage, 1)).toHaveClass(/highlighted/);
  await expect
    .poll(async () => (await samplePage.recordsLayerPixelAt(ringAt))[3])
    .toBeGreaterThan(200);
  expect(before[3]).toBe(0);
});

test('an open record editor sends only the fields typed: a change saved elsewhere to another field is kept', async ({
  api,
  newSample,
  samplePage: b,
  page,
}) => {
  const sample = await newSample('Review edit vs colleague 300 mm');
  const stored = await seedKla(api, sample.id, {
    property: 'thickness',
    unit: 'nm',
    value: thickness,
  });
  const first = stored[0];
  if (!first) throw new Error('nothing seeded');
  await openReview(b, sample.id, 300);
  const patches: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes('/annotations/'))
      patches.push(r.postData() ?? '');
  });
  await page.getByRole('button', { name: 'Edit annotation 1', exact: true }).click();
  // A colleague sets the unit; this page hears of it when its list is fetched again (here: a
  // submit in another tab of the sample).
  await api.updateAnnotation(sample.id, first.id, { property_unit: 'Å' });
  const a = new SamplePage(await page.context().newPage());
  await a.open(sample.id);
  await a.field('Property').fill('thickness');
  await a.field('x (mm)').fill('0');
  await a.field('y (mm)').fill('0');
  await a.field('Value').fill('7');
  await a.field('Value').press('Enter');
  await a.submitButton().click();
  await expect(a.staged).toHaveCount(0);
  await expect(page.getByLabel('Unit of annotation 1', { exact: true })).toHaveValue('Å', {
    timeout: 5000,
  });
  await page.getByLabel('Value of annotation 1', { exact: true }).fill('2.22');
  await page.getByLabel('Value of annotation 1', { exact: true }).press('Enter');
  await expect(rowOf(b, 1)).toContainText('2.22');
  await expect(rowOf(b, 1)).toContainText('Å');
  expect(patches.map((p) => JSON.parse(p))).toEqual([{ property_value: 2.22 }]);
  const after = (await api.listAnnotations(sample.id)).find((r) => r.id === first.id);
  expect([after?.property_value, after?.property_unit]).toEqual([2.22, 'Å']);
});
