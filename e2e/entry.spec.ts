/** Measurement entry at instrument speed: guided patterns, zoom/pan accuracy, editing with undo,
 * touch, and the stage frame. */
import { expect, SamplePage, test } from './fixtures';
import { readKlaWafer } from './klaFile';

async function stageAt(samplePage: SamplePage, xMm: number, yMm: number, value: string) {
  await samplePage.clickAtMm({ xMm, yMm });
  await samplePage.field('Value').fill(value);
  await samplePage.field('Value').press('Enter');
}

test('guided entry of the 49-site pattern with the keyboard only: one Enter per value', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  test.setTimeout(120_000);
  const { sites } = readKlaWafer('Slot01');
  const sample = await newSample('Guided 300 mm');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  await samplePage.openSection('Pattern');
  await page.getByLabel('Measurement pattern').selectOption('polar:polar-49');
  // The next thing to type is a value: focus is there, not left on the pattern panel.
  await expect(samplePage.field('Value')).toBeFocused();
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Unit').fill('nm');
  await expect(page.getByLabel('Progress')).toHaveText('0 / 49');

  await samplePage.field('Value').focus();
  for (const s of sites) {
    await page.keyboard.type(String(s.thicknessNm));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByLabel('Progress')).toHaveText('49 / 49');
  await expect(page.getByText('All sites entered')).toBeVisible();
  // Going back shows the value staged at the previous site; Enter there would replace it.
  await page.keyboard.press('Shift+Enter');
  await expect(samplePage.field('Value')).toHaveValue(String(sites[47]?.thicknessNm));
  // Typing there replaces the shown value (it is selected), and never duplicates the site.
  await page.keyboard.type('9.9');
  await page.keyboard.press('Enter');
  await expect(samplePage.stagedRows()).toHaveCount(49);
  await expect(samplePage.stagedRows().nth(47)).toContainText('9.9');
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  // What the box showed for a site is stored now: nothing is left for Enter to stage again.
  await expect(samplePage.field('Value')).toHaveValue('');

  const stored = await api.listAnnotations(sample.id);
  expect(stored).toHaveLength(49);
  stored.forEach((r, i) => {
    const s = sites[i];
    if (!s) throw new Error('more records than sites');
    // The pattern's site i is the file's site i: same place within 0.01 mm (the file's own
    // rounding), and the stored value is the typed one.
    expect(Math.abs((r.coord_x ?? Number.NaN) - Number(s.xMm))).toBeLessThanOrEqual(0.01);
    expect(Math.abs((r.coord_y ?? Number.NaN) - Number(s.yMm))).toBeLessThanOrEqual(0.01);
    expect(r.property_value).toBe(i === 47 ? 9.9 : s.thicknessNm);
    expect(r.annotation_metadata).toMatchObject({ site: i + 1 });
  });
});

test('after zooming ×4 and panning, a click stages within 0.5 px of the pointer', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Zoom 150 mm');
  await samplePage.open(sample.id);
  const box = await samplePage.map.boundingBox();
  if (!box) throw new Error('no map');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Zoom ×4 about a point off-centre with the wheel (1.0015^924.196 = 4), then pan by dragging.
  await page.mouse.move(centre.x + 60, centre.y - 40);
  await page.mouse.wheel(0, -Math.log(4) / Math.log(1.0015));
  await expect(samplePage.map).toHaveAttribute('data-stage-scale', /^3\.99|^4/);
  await page.mouse.move(centre.x - 100, centre.y + 80);
  await page.mouse.down();
  await page.mouse.move(centre.x - 40, centre.y + 20, { steps: 5 });
  await page.mouse.up();

  const click = { x: centre.x + 17.25, y: centre.y - 9.5 };
  await page.mouse.move(click.x, click.y);
  const { view, transform } = await samplePage.view();
  expect(transform.scale).toBeCloseTo(4, 3);
  const expected = {
    xMm: ((click.x - box.x - transform.x) / transform.scale - view.centerXPx) / view.pxPerMm,
    yMm: (view.centerYPx - (click.y - box.y - transform.y) / transform.scale) / view.pxPerMm,
  };
  await expect(samplePage.cursor).toHaveText(
    `x ${expected.xMm.toFixed(2)} mm, y ${expected.yMm.toFixed(2)} mm`,
  );
  await page.mouse.click(click.x, click.y);
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Value').fill('1');
  await samplePage.field('Value').press('Enter');
  const [xMm, yMm] = await samplePage.stagedCoordsMm(0);
  const pxPerScreenMm = view.pxPerMm * transform.scale;
  expect(Math.abs(xMm - expected.xMm) * pxPerScreenMm).toBeLessThanOrEqual(0.5);
  expect(Math.abs(yMm - expected.yMm) * pxPerScreenMm).toBeLessThanOrEqual(0.5);
});

test('drag and nudge a point, undo both, redo one', async ({ newSample, samplePage, page }) => {
  const sample = await newSample('Edit 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  await stageAt(samplePage, 10, 10, '5');
  const coords = () => samplePage.stagedCoordsMm(0);
  const [x0, y0] = await coords();

  // Snap to 1 mm, then drag the marker by about 20 mm in x and −10 mm in y.
  await page.getByLabel('Snap').selectOption('1');
  const from = await samplePage.pagePointOf({ xMm: x0 ?? 0, yMm: y0 ?? 0 });
  const to = await samplePage.pagePointOf({ xMm: 30.2, yMm: 0.3 });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await expect(page.getByRole('tooltip')).toContainText('Moving to x 30.00 mm, y 0.00 mm');
  await page.mouse.up();
  expect(await coords()).toEqual([30, 0]);

  // The dragged marker stays selected; the arrow key nudges it by the snap step.
  await samplePage.map.focus();
  await page.keyboard.press('ArrowRight');
  expect(await coords()).toEqual([31, 0]);
  await page.keyboard.press('Shift+ArrowUp');
  expect(await coords()).toEqual([31, 10]);
  // A move that would take the point off the wafer is refused, and the user is told why.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await coords()).toEqual([71, 10]);
  await page.keyboard.press('Shift+ArrowRight');
  expect(await coords()).toEqual([71, 10]);
  await expect(samplePage.status).toContainText('Not moved: 1 point would leave the');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await coords()).toEqual([30, 0]);
  await page.keyboard.press('Control+z');
  expect(await coords()).toEqual([x0, y0]);
  await page.keyboard.press('Control+Shift+z');
  expect(await coords()).toEqual([30, 0]);
  await page.keyboard.press('Delete');
  await expect(samplePage.staged).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(samplePage.staged).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(samplePage.stagedRows()).toHaveCount(1);
});

test('with snap on, a nudge lands an off-grid point on the grid; typed points stay as typed', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Grid nudge 150 mm');
  await samplePage.open(sample.id);
  await page.getByLabel('Snap').selectOption('1');
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('x (mm)').fill('4.1');
  await samplePage.field('y (mm)').fill('-2.3');
  await samplePage.field('Value').fill('1');
  await samplePage.field('Value').press('Enter');
  expect(await samplePage.stagedCoordsMm(0)).toEqual([4.1, -2.3]);
  await page.getByLabel('Select staged annotation 1').check();
  await samplePage.map.focus();
  await page.keyboard.press('ArrowRight');
  expect(await samplePage.stagedCoordsMm(0)).toEqual([5, -2]);
  await page.keyboard.press('ArrowLeft');
  expect(await samplePage.stagedCoordsMm(0)).toEqual([4, -2]);
});

test('a tap on a touch screen places exactly one point', async ({ browser, newSample }) => {
  const sample = await newSample('Touch 150 mm');
  const context = await browser.newContext({
    hasTouch: true,
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  const samplePage = new SamplePage(page);
  await samplePage.open(sample.id);
  const at = await samplePage.pagePointOf({ xMm: -20, yMm: 15 });
  await page.touchscreen.tap(at.x, at.y);
  await expect(samplePage.field('x (mm)')).toHaveValue(/^-(19|20)\./);
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Value').fill('3');
  await samplePage.field('Value').press('Enter');
  await expect(samplePage.stagedRows()).toHaveCount(1);
  await context.close();
});

test('keyboard only: focus cursor on the map, Enter places, shortcuts dialog opens with ?', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Keys 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  await samplePage.map.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('ArrowUp');
  // 1 mm a press, 10 with Shift (no snap grid), and the read-out follows the cursor.
  await expect(page.getByLabel('Cursor position')).toHaveText('x 10.00 mm, y 11.00 mm');
  await page.keyboard.press('Enter');
  await expect(samplePage.field('x (mm)')).toHaveValue('10.000');
  await expect(samplePage.field('y (mm)')).toHaveValue('11.000');
  await expect(samplePage.field('Value')).toBeFocused();
  await page.keyboard.type('7.5');
  await page.keyboard.press('Enter');
  await expect(samplePage.stagedRows()).toHaveCount(1);

  await samplePage.map.focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
});

test('submit in stage_absolute through a calibration; stored records map back', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Stage frame 150 mm');
  await samplePage.open(sample.id);
  await samplePage.openSection('Coordinate frame');
  await page.getByLabel('Stage frame (stage_absolute)').check();
  await samplePage.field('x (mm)').fill('10');
  await samplePage.field('y (mm)').fill('0');
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Value').fill('42');
  await samplePage.field('Value').press('Enter');
  // Choosing the stage frame does not invent a calibration: nothing is sent until one is defined.
  const refused = page.getByRole('alert').filter({ hasText: 'Nothing was sent' });
  await samplePage.submitButton().click();
  await expect(refused).toContainText('needs a stage calibration');
  await page.getByRole('button', { name: /^Define a calibration/ }).click();
  for (const [label, value] of [
    ['Offset x0 (mm)', '100'],
    ['Offset y0 (mm)', '50'],
    ['Rotation θ (°)', '90°'],
  ] as const) {
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).press('Enter');
  }
  // A field the calibration could not take stops the submit instead of using its old value.
  await samplePage.submitButton().click();
  await expect(refused).toContainText("calibration's Rotation θ is not valid");
  expect(await api.listAnnotations(sample.id)).toHaveLength(0);
  await page.getByLabel('Rotation θ (°)').fill('90');
  await page.getByLabel('Rotation θ (°)').press('Enter');
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);

  const [record] = await api.listAnnotations(sample.id);
  expect(record?.coord_ref_frame).toBe('stage_absolute');
  expect([record?.coord_x, record?.coord_y]).toEqual([100, 60]);
  // Drawn back at the sample position (10, 0) through the calibration.
  const [, , , alpha] = await samplePage.recordsLayerPixelAt({ xMm: 10, yMm: 0 });
  expect(alpha).toBeGreaterThan(200);

  // Without a calibration the record is listed as not placed, never drawn somewhere wrong.
  await page.getByRole('button', { name: 'Remove calibration' }).click();
  await expect(samplePage.status).toContainText('not placed (no calibration)');
  const [, , , after] = await samplePage.recordsLayerPixelAt({ xMm: 10, yMm: 0 });
  expect(after).toBe(0);
});

test('Ctrl+Z in the empty Value field undoes the last staging; Ctrl+Enter submits', async ({
  newSample,
  samplePage,
  page,
  api,
}) => {
  const sample = await newSample('Keys undo 150 mm');
  await samplePage.open(sample.id);
  await samplePage.field('Property').fill('thickness');
  await stageAt(samplePage, -10, 0, '1');
  await stageAt(samplePage, 10, 0, '2');
  await expect(samplePage.stagedRows()).toHaveCount(2);
  await samplePage.field('Value').focus();
  await page.keyboard.press('Control+z');
  await expect(samplePage.stagedRows()).toHaveCount(1);
  // With text in the field, Ctrl+Z is the field's own undo and the staged points stay.
  await samplePage.field('Value').fill('5');
  await page.keyboard.press('Control+z');
  await expect(samplePage.stagedRows()).toHaveCount(1);
  await page.keyboard.press('Control+Enter');
  await expect(samplePage.staged).toHaveCount(0);
  expect((await api.listAnnotations(sample.id)).map((r) => r.property_value)).toEqual([1]);
});
