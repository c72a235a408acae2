/** A storage failure of the local database reaches the user on the submit, in words, and the
 * staged points survive it. */
import { expect, test } from './fixtures';

test('a full local disk is named on the submit; the points stay staged and a retry stores them', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Disk full 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  for (const [x, value] of [
    [-10, 101],
    [0, 102],
    [10, 103],
  ]) {
    await samplePage.field('x (mm)').fill(String(x));
    await samplePage.field('y (mm)').fill('0');
    await samplePage.field('Value').fill(String(value));
    await samplePage.field('Value').press('Enter');
  }
  await expect(samplePage.stagedRows()).toHaveCount(3);

  // What the local server answers when SQLite reports SQLITE_FULL (src/server/storageErrors.ts;
  // the server side is tested against a real max_page_count limit in app.storage.test.ts).
  await page.route('**/annotations/bulk', (route) =>
    route.fulfill({
      status: 507,
      contentType: 'application/json',
      body: '{"detail":"The local database cannot be written: disk full"}',
    }),
  );
  await samplePage.submitButton().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Submit failed' })).toHaveText(
    'Submit failed: The local database cannot be written: disk full. Nothing in this chunk was stored; your points stay staged.',
  );
  await expect(samplePage.stagedRows()).toHaveCount(3);
  expect(await api.listAnnotations(sample.id)).toEqual([]);

  await page.unroute('**/annotations/bulk');
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  const stored = await api.listAnnotations(sample.id);
  expect(stored.map((r) => r.property_value).sort()).toEqual([101, 102, 103]);
});
