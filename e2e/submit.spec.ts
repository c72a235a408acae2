/** Trust: chunked submits, lost answers, offline, cancel and error messages never lose or
 * duplicate an annotation. */
import { sampleMmToContainerPx } from '../src/domain/frames/view';
import { expect, type SamplePage, test } from './fixtures';

/** Stage `n` points by typing their coordinates (no clicks, so no marker is ever hit). */
async function stageTyped(samplePage: SamplePage, n: number) {
  await samplePage.field('Property').fill('thickness');
  for (let i = 0; i < n; i++) {
    await samplePage.field('x (mm)').fill(String(-40 + i * 7));
    await samplePage.field('y (mm)').fill(String(i * 3));
    await samplePage.field('Value').fill(String(100 + i));
    await samplePage.field('Value').press('Enter');
  }
  await expect(samplePage.stagedRows()).toHaveCount(n);
}

async function setChunkSize(samplePage: SamplePage, size: number) {
  const { page } = samplePage;
  await page.getByText('Submit settings').click();
  const field = page.getByLabel('Chunk size (annotations per request)');
  await field.fill(String(size));
  await field.press('Enter');
}

const storedValues = async (
  api: { listAnnotations: (id: string) => Promise<Array<{ property_value: number }>> },
  id: string,
) => (await api.listAnnotations(id)).map((r) => r.property_value).sort((a, b) => a - b);

test('a failing chunk keeps it and later chunks staged; the retry stores each exactly once', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Chunks 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, 5);
  await setChunkSize(samplePage, 2);
  let calls = 0;
  await page.route('**/annotations/bulk', async (route) => {
    calls += 1;
    if (calls === 2) {
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: '{"detail":"Internal server error"}',
      });
    } else await route.continue();
  });
  await samplePage.submitButton().click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Submit stopped after 2 stored' }),
  ).toContainText('Server error');
  await expect(samplePage.stagedRows()).toHaveCount(3);
  expect(await storedValues(api, sample.id)).toEqual([100, 101]);

  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102, 103, 104]);
});

test('a stored chunk whose answer is lost is not stored again on resubmit', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Lost answer 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, 4);
  await setChunkSize(samplePage, 2);
  let calls = 0;
  await page.route('**/annotations/bulk', async (route) => {
    calls += 1;
    if (calls === 2) {
      // A proxy forwards the request (the server stores the chunk) and drops the answer.
      await route.fetch();
      await route.abort('connectionreset');
    } else await route.continue();
  });
  await samplePage.submitButton().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Submit stopped' })).toContainText(
    "Can't reach the API",
  );
  await expect(samplePage.stagedRows()).toHaveCount(2);
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102, 103]);

  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  await expect(samplePage.status).toContainText('2 were already stored by an earlier submit');
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102, 103]);
  expect(calls).toBe(2);
  const stored = await api.listAnnotations(sample.id);
  expect(stored.every((r) => typeof r.annotation_metadata?.client_batch === 'string')).toBe(true);
});

test('offline, a submit waits and sends exactly once when the connection returns', async ({
  newSample,
  samplePage,
  page,
  context,
  api,
}) => {
  const sample = await newSample('Offline 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, 2);
  let calls = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/annotations/bulk')) calls += 1;
  });
  await context.setOffline(true);
  await samplePage.submitButton().click();
  await expect(page.getByRole('button', { name: 'Waiting for network…' })).toBeDisabled();
  await page.waitForTimeout(500);
  expect(calls).toBe(0);
  await expect(samplePage.stagedRows()).toHaveCount(2);

  await context.setOffline(false);
  await expect(samplePage.staged).toHaveCount(0);
  expect(calls).toBe(1);
  expect(await storedValues(api, sample.id)).toEqual([100, 101]);
});

test('progress shows sent and total, and Cancel stops after the current chunk', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Cancel 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, 5);
  await setChunkSize(samplePage, 1);
  await page.route('**/annotations/bulk', async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  await samplePage.submitButton().click();
  await expect(page.getByText(/Sent [12] \/ 5/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(samplePage.status).toContainText('Cancelled');
  const stored = (await api.listAnnotations(sample.id)).length;
  expect(stored).toBeGreaterThanOrEqual(1);
  expect(stored).toBeLessThan(5);
  await expect(samplePage.stagedRows()).toHaveCount(5 - stored);
});

test('a rejected key says so and offers the connection settings', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Key 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, 1);
  await page.route('**/annotations/bulk', (route) =>
    route.fulfill({
      status: 401,
      contentType: 'application/json',
      body: '{"detail":"Missing or invalid X-API-KEY"}',
    }),
  );
  await samplePage.submitButton().click();
  const alert = page.getByRole('alert').filter({ hasText: 'Submit failed' });
  await expect(alert).toContainText('API key rejected (HTTP 401');
  await alert.getByRole('button', { name: 'Open connection settings' }).click();
  await expect(page.getByRole('form', { name: 'Connection settings' })).toBeVisible();
  await expect(samplePage.stagedRows()).toHaveCount(1);
});

test('undo after a submit stages nothing stored again, says so, and the next Submit has nothing to send', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Undo after submit 150 mm');
  await samplePage.open(sample.id);
  await stageTyped(samplePage, 3);
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  // Focus goes to Value after a Submit click, as after Enter there: ready for the next point.
  await expect(samplePage.field('Value')).toBeFocused();
  let bulk = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/annotations/bulk')) bulk += 1;
  });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(samplePage.status).toHaveText(
    'Nothing left to undo. Undo skipped 3 points already stored.',
  );
  // Nothing comes back staged (in the table, the heading, or drawn over the stored markers).
  await expect(samplePage.staged).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Staged (0)' })).toBeVisible();
  await expect(samplePage.map).toHaveAccessibleName(/3 stored and 0 staged annotations/);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(samplePage.submitButton()).toBeDisabled();
  // A reload finds nothing staged either.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Staged (0)' })).toBeVisible();
  expect(bulk).toBe(0);
  expect(await storedValues(api, sample.id)).toEqual([100, 101, 102]);
});

test('points left outside a changed outline are not submitted, and their rows say why', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Shrunk outline 100 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  for (const [x, y, v] of [
    ['0', '45', '1'],
    ['5', '5', '2'],
  ] as const) {
    await samplePage.field('x (mm)').fill(x);
    await samplePage.field('y (mm)').fill(y);
    await samplePage.field('Value').fill(v);
    await samplePage.field('Value').press('Enter');
  }
  await samplePage.setWaferDiameter(50.8);
  let requests = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/annotations/bulk')) requests += 1;
  });
  await samplePage.submitButton().click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'outside the sample outline' }),
  ).toContainText('1 staged point lies outside');
  await expect(samplePage.stagedRows().nth(0)).toHaveAccessibleDescription(
    /^outside the 50\.8 mm wafer/,
  );
  await expect(samplePage.stagedRows().nth(1)).not.toHaveAttribute('aria-invalid', 'true');
  expect(requests).toBe(0);
  // The point is off the fitted map; "Fit" zooms out until it is in view.
  const onScreen = async () => {
    const { view, transform } = await samplePage.view();
    const box = await samplePage.map.boundingBox();
    const p = sampleMmToContainerPx(view, transform, { xMm: 0, yMm: 45 });
    return p.yPx >= 0 && p.yPx <= (box?.height ?? 0);
  };
  expect(await onScreen()).toBe(false);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(onScreen).toBe(true);
  expect(await api.listAnnotations(sample.id)).toHaveLength(0);
});
