/**
 * The map at a laptop's 1280×800: its scale bar, tooltips kept inside it, the interpolated map
 * off below 9 sites and hatched where it extrapolates (on screen and in the PNG), the layout
 * not moving when the first values are stored, and dense record layers that stay sharp and
 * hit-testable after a zoom.
 */
import { readFileSync } from 'node:fs';
import { sampleMmToContainerPx } from '../src/domain/frames/view';
import { expect, test } from './fixtures';
import { download } from './importDialog';
import {
  layerRow,
  longestDarkRunIn,
  luminance,
  luminanceSpread,
  pngRow,
  recordsAt,
} from './mapHelpers';
import { openReview, seedKla, slot01, thickness } from './reviewHelpers';

test.use({ viewport: { width: 1280, height: 800 } });

test('the scale bar is a round length drawn to scale, follows the zoom and reads over the heat map', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Scale bar 300 mm');
  await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
  await openReview(samplePage, sample.id, 300);
  const bar = async () => ({
    mm: Number(await samplePage.map.getAttribute('data-scale-bar-mm')),
    px: Number(await samplePage.map.getAttribute('data-scale-bar-px')),
  });
  const check = async () => {
    const { mm, px } = await bar();
    const { view, transform } = await samplePage.view();
    expect(px).toBeCloseTo(mm * view.pxPerMm * transform.scale, 6);
    expect([1, 2, 5]).toContain(Math.round(mm / 10 ** Math.floor(Math.log10(mm))));
    expect(px).toBeGreaterThanOrEqual(48);
    expect(px).toBeLessThanOrEqual(150);
    // Drawn: a dark bar of that length near the bottom of the overlay.
    const box = await samplePage.map.boundingBox();
    const drawn = await longestDarkRunIn(
      samplePage,
      'overlay',
      (box?.height ?? 0) - 50,
      (box?.height ?? 0) - 4,
    );
    expect(Math.abs(drawn - px)).toBeLessThanOrEqual(2);
    return { mm, px };
  };
  const fitted = await check();
  // 300 mm into about 500 px: 50 mm.
  expect(fitted.mm).toBe(50);

  // Zoomed ×3.4 about the centre: the heat map fills the map, the bar is shorter in mm.
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(samplePage.map).toHaveAttribute('data-stage-scale', '3.375');
  const zoomed = await check();
  expect(zoomed.mm).toBeLessThan(fitted.mm);
  // Readable: the bar sits on a light, nearly opaque panel, whatever is under it.
  expect((await samplePage.layerPixelAt('field', { xMm: 40, yMm: -40 }))[3]).toBe(255);
  const box = await samplePage.map.boundingBox();
  const width = box?.width ?? 0;
  const height = box?.height ?? 0;
  const panel = await layerRow(samplePage, 'overlay', { xPx: width - 20, yPx: height - 30 }, 6);
  for (const p of panel) {
    expect(p[3]).toBeGreaterThan(200);
    expect(luminance(p)).toBeGreaterThan(220);
  }
});

test('marker tooltips stay whole inside the map, beside the colour bar and at the bottom', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Tooltips 300 mm');
  await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
  await openReview(samplePage, sample.id, 300);
  const map = await samplePage.map.boundingBox();
  if (!map) throw new Error('no map');
  const extremes = [
    slot01.reduce((a, b) => (b.xMm > a.xMm ? b : a)),
    slot01.reduce((a, b) => (b.yMm < a.yMm ? b : a)),
    slot01.reduce((a, b) => (b.xMm - b.yMm > a.xMm - a.yMm ? b : a)),
  ];
  for (const s of extremes) {
    const at = await samplePage.pagePointOf({ xMm: s.xMm, yMm: s.yMm });
    await page.mouse.move(at.x, at.y);
    const tip = page.getByRole('tooltip');
    await expect(tip).toContainText(`thickness ${s.thicknessNm}`);
    const box = await tip.boundingBox();
    if (!box) throw new Error('no tooltip');
    expect(box.x).toBeGreaterThanOrEqual(map.x);
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
    expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    // Not under the pointer either.
    const covers =
      at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
    expect(covers).toBe(false);
  }
});

test('the keyboard cursor is a large black-on-white reticle, visible over the heat map', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Cursor 300 mm');
  await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
  await openReview(samplePage, sample.id, 300);
  await expect(page.getByRole('status', { name: 'Map status' })).toContainText('49 sites');
  await samplePage.map.focus();
  await page.keyboard.press('ArrowRight');
  await expect(samplePage.cursor).toHaveText('x 1.00 mm, y 0.00 mm');
  const { view, transform } = await samplePage.view();
  const c = sampleMmToContainerPx(view, transform, { xMm: 1, yMm: 0 });
  // Along its right arm (10 to 20 px from the centre) and across it: dark ink on a white halo.
  const across = await samplePage.map.evaluate(
    (el, at) => {
      const canvas = el.querySelector<HTMLCanvasElement>('canvas[data-layer="overlay"]');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return [];
      const r = canvas.width / canvas.clientWidth;
      const d = ctx.getImageData(
        Math.round((at.x + 15) * r),
        Math.round((at.y - 5) * r),
        1,
        Math.round(10 * r),
      ).data;
      const out: number[][] = [];
      for (let i = 0; i < d.length; i += 4) out.push(Array.from(d.slice(i, i + 4)));
      return out;
    },
    { x: c.xPx, y: c.yPx },
  );
  const opaque = across.filter((p) => (p[3] ?? 0) > 200);
  expect(Math.min(...opaque.map(luminance))).toBeLessThan(60);
  expect(Math.max(...opaque.map(luminance))).toBeGreaterThan(220);
  // Leaving the map with Tab hides it.
  await page.keyboard.press('Tab');
  const after = await layerRow(samplePage, 'overlay', { xPx: c.xPx + 15, yPx: c.yPx }, 1);
  expect(after[0]?.[3]).toBe(0);
});

test('below 9 sites the interpolated map is off and the review says why; it can be turned on', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Five sites 300 mm');
  const five = [
    { xMm: 0, yMm: 0 },
    { xMm: 60, yMm: 0 },
    { xMm: -60, yMm: 0 },
    { xMm: 0, yMm: 60 },
    { xMm: 0, yMm: -60 },
  ];
  await api.bulkCreateAnnotations(
    sample.id,
    recordsAt(five, (i) => 10 + i * 0.1),
  );
  await openReview(samplePage, sample.id, 300);
  const status = page.getByRole('status', { name: 'Map status' });
  await expect(status).toHaveText(
    'The interpolated map is off: 5 distinct sites are too few to map the surface between them (it turns on by itself from 9 distinct sites; repeated measurements at one site count once). Tick "Heat map" or "Contours" to draw it anyway.',
  );
  await expect(page.getByLabel('Heat map', { exact: true })).not.toBeChecked();
  expect(await samplePage.layerPixelAt('field', { xMm: 10, yMm: 10 })).toEqual([]);

  await page.getByLabel('Heat map', { exact: true }).check();
  await expect(status).toContainText('Thin-plate spline over 5 sites');
  await expect
    .poll(async () => (await samplePage.layerPixelAt('field', { xMm: 10, yMm: 10 }))[3])
    .toBe(255);

  // Nine sites: on by itself.
  const nine = await newSample('Nine sites 300 mm');
  const grid = [-40, 0, 40].flatMap((x) => [-40, 0, 40].map((y) => ({ xMm: x, yMm: y })));
  await api.bulkCreateAnnotations(
    nine.id,
    recordsAt(grid, () => 10),
  );
  await openReview(samplePage, nine.id, 300);
  await expect(status).toContainText('Thin-plate spline over 9 sites');
  await expect(page.getByLabel('Heat map', { exact: true })).toBeChecked();
});

test('the map is hatched outside the convex hull of the sites, on screen and in the PNG', async ({
  api,
  newSample,
  samplePage,
  page,
}, testInfo) => {
  const sample = await newSample('Extrapolated 300 mm');
  const grid = [-40, 0, 40].flatMap((x) => [-40, 0, 40].map((y) => ({ xMm: x, yMm: y })));
  // One value everywhere: a flat map, so any pattern on it is the hatch.
  await api.bulkCreateAnnotations(
    sample.id,
    recordsAt(grid, () => 10),
  );
  await openReview(samplePage, sample.id, 300);
  await expect(page.getByRole('status', { name: 'Map status' })).toContainText('9 sites');
  // An 80 mm square of sites on a 300 mm wafer (3 mm exclusion): 1 − 6400 / (π · 147²) ≈ 91 %.
  await expect(page.getByText(/^Hatched on the map: 91 % of the measurable area/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Map legend' })).toContainText(
    'extrapolated (outside the sites)',
  );
  const { view, transform } = await samplePage.view();
  const rowAt = (xMm: number, yMm: number) =>
    layerRow(samplePage, 'field', sampleMmToContainerPx(view, transform, { xMm, yMm }), 40);
  await expect.poll(async () => luminanceSpread(await rowAt(80, 20))).toBeGreaterThan(30);
  // Inside the hull (between the sites), the flat map has no pattern.
  expect(luminanceSpread(await rowAt(-30, 20))).toBeLessThan(6);

  await page.getByRole('button', { name: 'Export PNG…' }).click();
  const png = await download(page, () =>
    page
      .getByRole('dialog', { name: 'Export the map as PNG' })
      .getByRole('button', { name: 'Download PNG' })
      .click(),
  );
  const file = testInfo.outputPath('map.png');
  await png.saveAs(file);
  const b64 = readFileSync(file).toString('base64');
  // The PNG: the map below a 52 px title band, at 2× resolution.
  const toPng = (xMm: number, yMm: number) => {
    const c = sampleMmToContainerPx(view, transform, { xMm, yMm });
    return { x: 2 * c.xPx, y: 2 * (c.yPx + 52) };
  };
  expect(luminanceSpread(await pngRow(page, b64, toPng(80, 20), 80))).toBeGreaterThan(30);
  expect(luminanceSpread(await pngRow(page, b64, toPng(-30, 20), 80))).toBeLessThan(6);
});

test('after the first submit the map keeps its size, place and zoom under the pointer', async ({
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('No reflow 300 mm');
  await samplePage.open(sample.id);
  await samplePage.setWaferDiameter(300);
  await samplePage.field('Property').fill('thickness');
  await samplePage.field('Unit').fill('nm');
  for (const [x, y, v] of [
    [10, 20, 9.8],
    [-70, 35, 10.2],
    [55, -90, 10.05],
  ] as const) {
    await samplePage.field('x (mm)').fill(String(x));
    await samplePage.field('y (mm)').fill(String(y));
    await samplePage.field('Value').fill(String(v));
    await samplePage.field('Value').press('Enter');
  }
  await expect(samplePage.stagedRows()).toHaveCount(3);
  const before = {
    box: await samplePage.map.boundingBox(),
    layout: await samplePage.view(),
    point: await samplePage.pagePointOf({ xMm: 50, yMm: 50 }),
  };
  await samplePage.submitButton().click();
  await expect(samplePage.staged).toHaveCount(0);
  await expect(page.getByLabel('Colour bar for thickness')).toBeVisible();
  await expect(page.getByLabel('Colour by')).toHaveValue('thickness');
  await expect(page.getByRole('tab', { name: 'Review (3 stored)' })).toBeVisible();
  expect(await samplePage.map.boundingBox()).toEqual(before.box);
  expect(await samplePage.view()).toEqual(before.layout);
  expect(await samplePage.pagePointOf({ xMm: 50, yMm: 50 })).toEqual(before.point);
});

test('3,000 records: after a wheel zoom settles they are sharp, hover names them, a click selects', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  const sample = await newSample('Dense 300 mm');
  const sites: Array<{ xMm: number; yMm: number }> = [];
  for (let x = -132; x <= 132; x += 4)
    for (let y = -132; y <= 132; y += 4) if (Math.hypot(x, y) < 135) sites.push({ xMm: x, yMm: y });
  expect(sites.length).toBeGreaterThan(3000);
  await api.bulkCreateAnnotations(
    sample.id,
    recordsAt(sites, (i) => 100 + (i % 97) / 10),
  );
  await openReview(samplePage, sample.id, 300);
  await expect(
    page.getByRole('tab', { name: `Review (${sites.length.toLocaleString('en')} stored)` }),
  ).toBeVisible();

  const target = { xMm: 12, yMm: 12 };
  const at = await samplePage.pagePointOf(target);
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -Math.log(2.5) / Math.log(1.0015));
  await expect(samplePage.map).toHaveAttribute('data-stage-scale', /^2\.4|^2\.5/);
  // Settled (150 ms after the last wheel event): drawn anew, sharp at the new zoom. (The
  // pointer leaves the map, so no hover ring is drawn around the marker.)
  await page.waitForTimeout(400);
  await page.mouse.move(0, 0);
  const centre = await samplePage.recordsLayerPixelAt(target);
  expect(centre[3]).toBe(255);
  const { view, transform } = await samplePage.view();
  const mm = (px: number) => px / (view.pxPerMm * transform.scale);
  // 7 px right of the centre lies beyond the 5 px marker and its outline: nothing there.
  const beside = await samplePage.recordsLayerPixelAt({
    xMm: target.xMm + mm(7.5),
    yMm: target.yMm,
  });
  expect(beside[3]).toBe(0);

  const index = sites.findIndex((s) => s.xMm === target.xMm && s.yMm === target.yMm);
  const value = Number((100 + (index % 97) / 10).toPrecision(6));
  const now = await samplePage.pagePointOf(target);
  await page.mouse.move(now.x + 1, now.y - 1);
  await expect(page.getByRole('tooltip')).toContainText(
    `thickness ${value} nm at x 12.00 mm, y 12.00 mm`,
  );
  await page.mouse.click(now.x + 1, now.y - 1);
  await expect(samplePage.records.locator('tr[aria-selected="true"]')).toHaveCount(1);
  await expect(samplePage.records.locator('tr[aria-selected="true"]')).toContainText(String(value));
});
