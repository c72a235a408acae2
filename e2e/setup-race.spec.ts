/**
 * Two sessions on one sample's setup (issue 13's race): a colleague's change is never silently
 * replaced by a session that had not seen it. Browser A confirms the outline and sets a 5 mm
 * edge exclusion; browser B, not reloaded, sets a USL. The server ends with both, and both pages
 * show both: B at once when it saves, A when its window gets the focus. The same with two tabs
 * of one browser, which hear of each other's saves at once, without a focus or a reload. And
 * two people saving at the same moment, where B's write undoes A's change: A puts it back.
 */
import type { Browser, Page } from '@playwright/test';
import type { ApiClient } from '../src/api/client';
import { SETUP_KEY } from '../src/domain/setup/setup';
import { expect, SamplePage, test } from './fixtures';
import { reviewPanel } from './reviewHelpers';

const outlinePanel = (page: Page) =>
  page.locator('details.panel').filter({ has: page.locator('summary', { hasText: /^Outline/ }) });
const saveLine = (page: Page) => outlinePanel(page).locator('.setup-home');
const toolbar = (page: Page) => page.locator('.map-toolbar');

/** Nine thickness [nm] records on a 3 × 3 grid, 40 mm apart. */
async function seedNine(api: ApiClient, sampleId: string) {
  const grid = [-40, 0, 40].flatMap((y) => [-40, 0, 40].map((x) => ({ x, y })));
  await api.bulkCreateAnnotations(
    sampleId,
    grid.map(({ x, y }, i) => ({
      property_name: 'thickness',
      property_value: 100 + i,
      property_unit: 'nm',
      char_source_type: 'ellipsometer',
      coord_ref_frame: 'sample_relative',
      coord_units: 'mm',
      coord_x: x,
      coord_y: y,
    })),
  );
}

/** Open the sample in `page` and check that the outline is still the guess from the name. */
async function openGuessed(page: Page, sampleId: string): Promise<SamplePage> {
  const samplePage = new SamplePage(page);
  await samplePage.open(sampleId);
  await expect(toolbar(page)).toContainText('200 mm wafer, notch (guessed)');
  return samplePage;
}

/** In A: confirm the guessed outline, then a 5 mm edge exclusion, and wait until it is saved. */
async function confirmWithEdge5(a: SamplePage) {
  await a.openSection('Outline');
  await outlinePanel(a.page).getByRole('button', { name: 'Confirm outline' }).click();
  const edge = a.page.getByLabel('Edge exclusion (mm)');
  await edge.fill('5');
  await edge.press('Enter');
  await expect(saveLine(a.page)).toContainText('Saved with the sample on the server');
}

/** In B: the USL of thickness [nm] in the Review tab, saved. */
async function setUsl107(b: SamplePage) {
  await b.openTab('Review');
  const usl = reviewPanel(b).getByLabel('USL (nm)');
  await usl.fill('107');
  await usl.press('Enter');
  await b.openTab('Entry');
  await expect(saveLine(b.page)).toContainText('Saved with the sample on the server');
}

/** What the page shows: A's outline and edge exclusion and B's USL, nothing guessed. */
async function expectBoth(p: SamplePage) {
  await expect(toolbar(p.page)).toContainText('200 mm wafer, notch');
  await expect(toolbar(p.page)).not.toContainText('guessed');
  await p.openTab('Entry');
  await p.openSection('Outline');
  await expect(p.page.getByLabel('Edge exclusion (mm)')).toHaveValue('5');
  await p.openTab('Review');
  await expect(reviewPanel(p).getByLabel('USL (nm)')).toHaveValue('107');
  await expect(p.page.getByText(/Inside the 5 mm edge exclusion only/)).toBeVisible();
  await p.openTab('Entry');
}

async function expectServerHoldsBoth(api: ApiClient, sampleId: string, extra = {}) {
  const metadata = (await api.getSample(sampleId))?.physical_sample_metadata;
  expect(metadata?.growth).toEqual({ run: 17 });
  expect(metadata?.[SETUP_KEY]).toMatchObject({
    version: 1,
    outline: { kind: 'wafer', diameterMm: 200, mark: 'notch', edgeExclusionMm: 5 },
    limits: [{ property: 'thickness', unit: 'nm', usl: 107, ...extra }],
  });
}

/** The sample of these tests: another key in its metadata and nine stored records. */
async function seededSample(api: ApiClient, newSample: (name: string) => Promise<{ id: string }>) {
  const sample = await newSample('Setup race 200mm');
  await api.updateSample(sample.id, { physical_sample_metadata: { growth: { run: 17 } } });
  await seedNine(api, sample.id);
  return sample;
}

/** Two people (a browser context each) with the sample open, its outline still guessed. */
async function twoPeople(
  browser: Browser,
  sampleId: string,
  run: (a: SamplePage, b: SamplePage) => Promise<void>,
) {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  try {
    const a = await openGuessed(await contextA.newPage(), sampleId);
    const b = await openGuessed(await contextB.newPage(), sampleId);
    await run(a, b);
  } finally {
    await contextA.close();
    await contextB.close();
  }
}

test('a stale browser does not overwrite a colleague’s setup; both see both changes', async ({
  api,
  browser,
  newSample,
}) => {
  const sample = await seededSample(api, newSample);
  await twoPeople(browser, sample.id, async (a, b) => {
    await confirmWithEdge5(a);
    const afterA = (await api.getSample(sample.id))?.physical_sample_metadata?.[SETUP_KEY];
    expect(afterA).toMatchObject({ outline: { diameterMm: 200, edgeExclusionMm: 5 } });

    await setUsl107(b);
    await expectServerHoldsBoth(api, sample.id);
    // B took A's change in when it saved, and says so.
    await expect(outlinePanel(b.page).locator('.setup-notice')).toHaveText(
      'Setup updated by another session: outline 200 mm wafer, notch; edge exclusion 5 mm.',
    );
    await expectBoth(b);

    // A hears of B's limit when its window gets the focus again.
    await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(outlinePanel(a.page).locator('.setup-notice')).toHaveText(
      'Setup updated by another session: USL of thickness [nm] 107.',
    );
    await expectBoth(a);
    await expectServerHoldsBoth(api, sample.id);
  });
});

test('two tabs of one browser share each change at once, keeping what is being typed', async ({
  api,
  context,
  newSample,
}) => {
  const sample = await seededSample(api, newSample);
  const a = await openGuessed(await context.newPage(), sample.id);
  const b = await openGuessed(await context.newPage(), sample.id);

  await confirmWithEdge5(a);
  // Tab B follows A's save at once: no reload, no focus.
  await expect(toolbar(b.page)).not.toContainText('guessed');
  await expect(outlinePanel(b.page).locator('.setup-notice')).toHaveText(
    'Setup updated by another session: outline 200 mm wafer, notch; edge exclusion 5 mm.',
  );

  // A starts typing an LSL and has not committed it when B's USL arrives.
  await a.openTab('Review');
  const lsl = reviewPanel(a).getByLabel('LSL (nm)');
  await lsl.fill('95');
  await setUsl107(b);
  await expect(reviewPanel(a).getByLabel('USL (nm)')).toHaveValue('107');
  await expect(reviewPanel(a).locator('.setup-notice')).toHaveText(
    'Setup updated by another session: USL of thickness [nm] 107.',
  );
  await expect(lsl).toHaveValue('95');
  await lsl.press('Enter');
  await a.openTab('Entry');
  await expect(saveLine(a.page)).toContainText('Saved with the sample on the server');

  await expectServerHoldsBoth(api, sample.id, { lsl: 95 });
  await b.openTab('Review');
  await expect(reviewPanel(b).getByLabel('LSL (nm)')).toHaveValue('95');
  await expectBoth(a);
  await expectBoth(b);
});

for (const order of ['B writes last', 'A writes last, stamped first'] as const) {
  test(`two people saving at the same moment (${order}): neither change is lost, without a focus or reload`, async ({
    api,
    browser,
    newSample,
  }) => {
    const sample = await seededSample(api, newSample);
    await twoPeople(browser, sample.id, async (a, b) => {
      await a.openSection('Outline');
      await outlinePanel(a.page).getByRole('button', { name: 'Confirm outline' }).click();
      await expect(saveLine(a.page)).toContainText('Saved with the sample on the server');
      await b.page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expect(toolbar(b.page)).not.toContainText('guessed');
      await holdWrites(a.page, b.page, sample.id, order === 'B writes last');

      const edge = a.page.getByLabel('Edge exclusion (mm)');
      await edge.fill('5');
      await edge.press('Enter');
      await b.openTab('Review');
      const usl = reviewPanel(b).getByLabel('USL (nm)');
      await usl.fill('107');
      await usl.press('Enter');

      // The one whose change the other's write undid reads the setup again a moment after its
      // own write, finds it undone and writes it again; the server ends with both.
      await expect
        .poll(async () => (await api.getSample(sample.id))?.physical_sample_metadata?.[SETUP_KEY], {
          timeout: 15_000,
        })
        .toMatchObject({
          outline: { diameterMm: 200, edgeExclusionMm: 5 },
          limits: [{ property: 'thickness', unit: 'nm', usl: 107 }],
        });
      await expectServerHoldsBoth(api, sample.id);
      for (const p of [a, b]) await p.page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await expectBoth(a);
      await expectBoth(b);
    });
  });
}

/**
 * Hold the setup writes of pages A and B so that both read the setup before either writes.
 * `bLast`: A's write lands first and B's, merged from the copy before it, after it (B undoes
 * A's change). Otherwise B's lands first and A's, stamped earlier (A began saving first, on a
 * slow network), after it (A undoes B's change).
 */
async function holdWrites(a: Page, b: Page, sampleId: string, bLast: boolean) {
  const isWrite = (method: string, url: string) =>
    method === 'PATCH' && url.includes(`/physical_samples/${sampleId}`);
  const answered = (page: Page, what: (method: string, url: string) => boolean) =>
    page.waitForResponse((r) => what(r.request().method(), r.url()));
  const bHasRead = answered(
    b,
    (method, url) => method === 'GET' && url.includes(`physical_sample_id=${sampleId}`),
  );
  const aHasWritten = answered(a, isWrite);
  const bHasWritten = answered(b, isWrite);
  let aHeld = false;
  await a.route('**/physical_samples/**', async (route) => {
    const request = route.request();
    if (!aHeld && isWrite(request.method(), request.url())) {
      aHeld = true;
      await (bLast ? bHasRead : bHasWritten);
    }
    await route.continue();
  });
  await b.route('**/physical_samples/**', async (route) => {
    const request = route.request();
    if (bLast && isWrite(request.method(), request.url())) await aHasWritten;
    await route.continue();
  });
}
