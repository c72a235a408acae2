/**
 * An outline nobody has set is drawn apart from a set one: a suggested outline (the name gives
 * no size) and one guessed from the name are lighter and dashed, with "suggested outline" or
 * "guessed outline" on the map; a set outline is solid and dark. Read from the outline layer's
 * pixels along the edge. A substrate named by length × width × thickness is guessed as L × W.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sampleMmToContainerPx } from '../src/domain/frames/view';
import { standardWafer } from '../src/domain/geometry/outline';
import type { PointMm } from '../src/domain/geometry/point';
import { expect, type SamplePage, test } from './fixtures';

const root = path.resolve(import.meta.dirname, '..');

async function shoot(page: Page, name: string) {
  const dir = path.join(root, 'test-results', 'outline-state');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

/**
 * Along `points` (sample mm, close together on the outline's edge): the number of gaps (runs of
 * at least two points with no stroke within ±1 px) and the darkest stroke's luminance.
 */
async function strokeAlong(samplePage: SamplePage, points: PointMm[]) {
  const { view, transform } = await samplePage.view();
  const px = points.map((p) => {
    const c = sampleMmToContainerPx(view, transform, p);
    return { x: c.xPx, y: c.yPx };
  });
  const darkest = await samplePage.map.evaluate((el, at) => {
    const canvas = el.querySelector<HTMLCanvasElement>('canvas[data-layer="outline"]');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return [];
    const ratio = canvas.width / canvas.clientWidth;
    return at.map(({ x, y }) => {
      const data = ctx.getImageData(
        Math.round((x - 1) * ratio),
        Math.round((y - 1) * ratio),
        3,
        3,
      ).data;
      let best = 255;
      for (let i = 0; i < data.length; i += 4) {
        if ((data[i + 3] ?? 0) < 200) continue;
        const l =
          0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
        best = Math.min(best, l);
      }
      return best;
    });
  }, px);
  // Fill and centre axes are light (luminance > 200); both strokes are darker.
  const stroke = darkest.map((l) => l < 190);
  let gaps = 0;
  let run = 0;
  for (const on of stroke) {
    run = on ? 0 : run + 1;
    if (run === 2) gaps++;
  }
  return { gaps, darkest: Math.min(...darkest) };
}

/** Points on the top arc (20°…160°) of a wafer of this diameter, 0.1° apart (< 1 px). */
const topArc = (diameterMm: number): PointMm[] =>
  Array.from({ length: 1401 }, (_, i) => {
    const a = ((20 + i * 0.1) * Math.PI) / 180;
    return { xMm: (diameterMm / 2) * Math.cos(a), yMm: (diameterMm / 2) * Math.sin(a) };
  });

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`suggested and guessed outlines are dashed and labelled, a set one solid, at ${width}×${height}`, async ({
    newSample,
    samplePage,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const map = samplePage.map;
    const badge = map.locator('.map-outline-badge');

    const set = await newSample('Outline set', { outline: standardWafer(150) });
    await samplePage.open(set.id);
    await expect(page.locator('.map-toolbar')).toContainText('150 mm wafer');
    await expect(badge).toHaveCount(0);
    const solid = await strokeAlong(samplePage, topArc(150));
    expect(solid.gaps).toBe(0);
    expect(solid.darkest).toBeLessThan(90);

    // "Sample A": no size in the name, a 150 mm wafer only suggested.
    const sampleA = await newSample('Sample A');
    await samplePage.open(sampleA.id);
    await expect(page.locator('.map-toolbar')).toContainText('outline not set');
    const suggested = await strokeAlong(samplePage, topArc(150));
    expect(suggested.gaps).toBeGreaterThanOrEqual(10);
    expect(suggested.darkest).toBeGreaterThan(100);
    await expect(badge).toHaveText('suggested outline');
    await shoot(page, `suggested-${width}.png`);

    // Confirming it makes it the sample's: solid, no label.
    await page.getByRole('button', { name: 'Use this outline' }).click();
    await expect(badge).toHaveCount(0);
    await expect.poll(async () => (await strokeAlong(samplePage, topArc(150))).gaps).toBe(0);

    // A substrate named length × width × thickness: guessed as a 20 × 15 mm piece.
    const piece = await newSample('GaN substrate 20 x 15 x 0.5 mm');
    await samplePage.open(piece.id);
    await expect(page.locator('.map-toolbar')).toContainText('20 × 15 mm piece (guessed)');
    const top = Array.from({ length: 801 }, (_, i) => ({ xMm: -8 + i * 0.02, yMm: 7.5 }));
    const guessed = await strokeAlong(samplePage, top);
    expect(guessed.gaps).toBeGreaterThanOrEqual(5);
    expect(guessed.darkest).toBeGreaterThan(100);
    await expect(badge).toHaveText('guessed outline');
    await shoot(page, `guessed-${width}.png`);
  });
}
