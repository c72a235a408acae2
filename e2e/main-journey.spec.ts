/** The main job end to end, on the demo sample the local server creates on first start. */
import { expect, test } from './fixtures';

test('open the demo wafer, click three points, enter values, submit, see them stored and drawn', async ({
  page,
  api,
  samplePage,
}) => {
  const demo = (await api.listSamples()).find((s) => s.name === 'Demo 150 mm Si wafer');
  expect(demo, 'the local server seeds a demo sample').toBeDefined();
  if (!demo) return;

  await page.goto('/');
  await page.getByLabel('Physical sample').selectOption(demo.id);
  await expect(page).toHaveURL(new RegExp(`\\?sample=${demo.id}`));
  await expect(samplePage.map).toHaveAttribute('data-px-per-mm', /\d/);

  const points = [
    { xMm: 0, yMm: 0, value: '25.1' },
    { xMm: 31.7, yMm: -22.4, value: '24.85' },
    { xMm: -48.2, yMm: 40.9, value: '\u221225.6e-1' },
  ];
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Unit').fill('nm');
  for (const p of points) {
    await samplePage.clickAtMm(p);
    // The click moves focus to Value, so typing and Enter are all the user does.
    await expect(samplePage.field('Value')).toBeFocused();
    await page.keyboard.type(p.value);
    await page.keyboard.press('Enter');
  }
  await expect(samplePage.stagedRows()).toHaveCount(3);
  // Property and unit carried over between points.
  await expect(samplePage.stagedRows().nth(2)).toContainText('thickness');
  await expect(samplePage.stagedRows().nth(2)).toContainText('nm');

  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  await expect(samplePage.status).toContainText('Stored 3 annotations');

  const stored = await api.listAnnotations(demo.id);
  expect(stored).toHaveLength(3);
  const { view } = await samplePage.view();
  const onePixelMm = 1 / view.pxPerMm;
  const expectedValues = [25.1, 24.85, -2.56];
  stored.forEach((r, i) => {
    const p = points[i];
    if (!p) throw new Error('more records than points');
    expect(r.coord_ref_frame).toBe('sample_relative');
    expect(r.coord_units).toBe('mm');
    expect(Math.abs((r.coord_x ?? Number.NaN) - p.xMm)).toBeLessThanOrEqual(onePixelMm);
    expect(Math.abs((r.coord_y ?? Number.NaN) - p.yMm)).toBeLessThanOrEqual(onePixelMm);
    expect(r.property_value).toBe(expectedValues[i]);
    expect(r.property_name).toBe('thickness');
    expect(r.property_unit).toBe('nm');
  });

  // Drawn: the records table lists them, the records layer has paint at each point, and
  // hovering a marker describes the record.
  await samplePage.openTab('Review');
  await expect(samplePage.records.locator('tbody tr')).toHaveCount(3);
  for (const r of stored) {
    const at = { xMm: r.coord_x ?? 0, yMm: r.coord_y ?? 0 };
    const [, , , alpha] = await samplePage.recordsLayerPixelAt(at);
    expect(alpha, `a record marker is painted at (${at.xMm}, ${at.yMm})`).toBeGreaterThan(200);
  }
  const hovered = await samplePage.pagePointOf({
    xMm: stored[1]?.coord_x ?? 0,
    yMm: stored[1]?.coord_y ?? 0,
  });
  await page.mouse.move(hovered.x, hovered.y);
  await expect(page.getByRole('tooltip')).toContainText('thickness 24.85 nm');
  await expect(page.getByLabel('Colour bar for thickness')).toContainText('max 25.1 nm');
  await expect(page.getByLabel('Colour bar for thickness')).toContainText('min \u22122.56 nm');
});

test('the cursor read-out shows sample coordinates with two decimals and an ASCII minus', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Cursor wafer 150 mm');
  await samplePage.open(sample.id);
  const at = await samplePage.pagePointOf({ xMm: 12.5, yMm: -3 });
  await page.mouse.move(at.x, at.y);
  await expect(samplePage.cursor).toHaveText(/^x 12\.\d\d mm, y -(2\.9\d|3\.0\d) mm$/);
});
