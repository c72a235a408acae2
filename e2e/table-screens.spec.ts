/**
 * The staged and the stored-records tables at 1280×800 and 1920×1080, each with a row being
 * edited and a refused value: no number is cut (numeric cells whole), every header is whole,
 * the property name is readable, the table fits its box (no sideways scrolling), the edit fields
 * show what is typed and the reason is in view. Screenshots under test-results/table-screens,
 * and in docs/ when UPDATE_SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openReview, rowOf, seedKla, thickness } from './reviewHelpers';

const root = path.resolve(import.meta.dirname, '..');

async function shoot(page: Page, name: string) {
  const files = [path.join(root, 'test-results', 'table-screens', name)];
  if (process.env.UPDATE_SCREENSHOTS === '1') files.push(path.join(root, 'docs', name));
  for (const file of files) {
    mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
  }
}

/**
 * In `table`: the cells of the columns headed `numeric` (and `whole`) show their whole text,
 * every shown header is whole, and the table's box does not scroll sideways.
 */
async function expectNothingCut(table: Locator, numeric: string[], whole: string[]) {
  const cut = await table.evaluate(
    (el, { numeric, whole }) => {
      const problems: string[] = [];
      const heads = [...el.querySelectorAll('thead th')];
      const label = (th: Element) => (th.textContent ?? '').replace(/[▲▼]/g, '').trim();
      for (const th of heads) {
        if (th.getBoundingClientRect().width > 0 && th.scrollWidth > th.clientWidth)
          problems.push(`header "${label(th)}" is cut`);
      }
      const columns = heads
        .map((th, i) => ({ i, name: label(th) }))
        .filter((c) => numeric.includes(c.name) || whole.includes(c.name));
      for (const tr of el.querySelectorAll('tbody tr:not(.editing):not(.row-problems)')) {
        if (tr.classList.contains('table-spacer')) continue;
        for (const c of columns) {
          const td = tr.children[c.i] as HTMLElement | undefined;
          if (td && td.scrollWidth > td.clientWidth)
            problems.push(`${c.name} "${td.textContent}" is cut`);
        }
      }
      const box = el.parentElement as HTMLElement;
      if (box.scrollWidth > box.clientWidth)
        problems.push(`the table is ${box.scrollWidth} px wide in a ${box.clientWidth} px box`);
      return problems;
    },
    { numeric, whole },
  );
  expect(cut).toEqual([]);
}

/** The input shows `text` whole, and has room for at least 8 digits. */
async function expectShows(input: Locator, text: string) {
  await input.fill(text);
  const room = await input.evaluate((el: HTMLInputElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(el).font;
    probe.style.position = 'absolute';
    probe.textContent = '00000000';
    document.body.append(probe);
    const eightDigitsPx = probe.getBoundingClientRect().width;
    probe.remove();
    const pad = Number.parseFloat(getComputedStyle(el).paddingLeft) * 2;
    return { cut: el.scrollWidth > el.clientWidth, spare: el.clientWidth - pad - eightDigitsPx };
  });
  expect(room.cut, `"${text}" is cut`).toBe(false);
  expect(room.spare).toBeGreaterThanOrEqual(0);
}

/** `inner` lies horizontally inside `outer` (both visible). */
async function expectInside(inner: Locator, outer: Locator) {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) throw new Error('not laid out');
  expect(a.x).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`tables at ${width}×${height}: every column, edit field and reason in view`, async ({
    api,
    newSample,
    samplePage,
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const sample = await newSample(`Tables ${width}`);
    await seedKla(api, sample.id, { property: 'thickness', unit: 'nm', value: thickness });
    // Long numbers, as a mapping tool writes them: they must be shown whole.
    await api.bulkCreateAnnotations(
      sample.id,
      [
        [-119.25, -0.5, 104.0123],
        [98.5, -101.75, 0.1 + 0.2],
        [-0.25, 119.125, -1234.5678],
      ].map(([x, y, v]) => ({
        property_name: 'thickness',
        property_value: v as number,
        property_unit: 'nm',
        char_source_type: 'KLA-F5x',
        coord_ref_frame: 'sample_relative' as const,
        coord_units: 'mm',
        coord_x: x as number,
        coord_y: y as number,
      })),
    );
    await openReview(samplePage, sample.id, 300);
    const records = samplePage.records;
    await expect(rowOf(samplePage, 52)).toBeAttached();
    const scroller = records.locator('xpath=..');
    await expectNothingCut(records, ['#', 'x', 'y', 'Value'], ['Property']);
    await expect(records.getByRole('cell', { name: '-1234.5678', exact: true })).toBeAttached();
    await expect(records.getByRole('cell', { name: '104.0123', exact: true })).toBeAttached();
    await expect(records.getByRole('cell', { name: '-119.25', exact: true })).toBeAttached();
    // 0.30000000000000004 is shown shortened, the full value in the cell's tooltip.
    await expect(records.getByTitle('0.30000000000000004', { exact: true })).toHaveText('0.3');
    // The select box is whole inside its cell (not cut by the narrow first column).
    const box = await page.getByLabel('Select annotation 1', { exact: true }).boundingBox();
    const cell = await records.locator('tbody tr').first().locator('td').first().boundingBox();
    if (!box || !cell) throw new Error('not laid out');
    expect(box.x + box.width).toBeLessThanOrEqual(cell.x + cell.width);
    expect(box.width).toBeGreaterThanOrEqual(12);
    await page.getByRole('button', { name: 'Edit annotation 2', exact: true }).click();
    const value = page.getByLabel('Value of annotation 2', { exact: true });
    await value.fill('ten');
    await value.press('Enter');
    const reason = records.locator('.field-error').first();
    await expect(reason).toBeVisible();
    await expectInside(reason, scroller);
    for (const field of ['Property', 'Value', 'Unit']) {
      await expectInside(page.getByLabel(`${field} of annotation 2`, { exact: true }), scroller);
    }
    await expectShows(page.getByLabel('Property of annotation 2', { exact: true }), 'thickness');
    await expectShows(page.getByLabel('Unit of annotation 2', { exact: true }), 'Ω/sq');
    await expectShows(value, '-1234.5678');
    await value.fill('ten');
    await value.press('Enter');
    await expectNothingCut(records, ['#', 'x', 'y', 'Value'], ['Property']);
    await page.mouse.move(0, 0);
    await shoot(page, `table-records-${width}x${height}.png`);

    await samplePage.openTab('Entry');
    await samplePage.field('Property').fill('thickness');
    await samplePage.field('Unit').fill('Ω/sq');
    await samplePage.field('Source').fill('Ellipsometer J.A. Woollam M-2000, recipe SiO2-thin');
    for (const [x, y, v] of [
      [20, 30, 9.8],
      [-119.25, 10, -1234.5678],
      [40, -80, 104.0123],
    ] as const) {
      await samplePage.field('x (mm)').fill(String(x));
      await samplePage.field('y (mm)').fill(String(y));
      await samplePage.field('Value').fill(String(v));
      await samplePage.field('Value').press('Enter');
    }
    const staged = page.getByRole('table', { name: 'Staged annotations' });
    const stagedScroller = staged.locator('xpath=..');
    await expectNothingCut(staged, ['#', 'Site', 'x (mm)', 'y (mm)', 'Value'], ['Property']);
    await page.getByRole('button', { name: 'Edit staged annotation 2', exact: true }).click();
    const x = page.getByLabel('x (mm) of staged annotation 2', { exact: true });
    await x.fill('900');
    await x.press('Enter');
    const stagedReason = staged.locator('.field-error').first();
    await expect(stagedReason).toBeVisible();
    await expectInside(stagedReason, stagedScroller);
    for (const field of ['x (mm)', 'y (mm)', 'Property', 'Value', 'Unit', 'Source']) {
      await expectInside(
        page.getByLabel(`${field} of staged annotation 2`, { exact: true }),
        stagedScroller,
      );
    }
    const edited = (field: string) =>
      page.getByLabel(`${field} of staged annotation 2`, { exact: true });
    await expectShows(edited('Property'), 'sheet_resistance');
    await expectShows(edited('Value'), '-1234.5678');
    await expectShows(edited('Unit'), 'Ω/sq');
    await expectShows(edited('Source'), 'KLA-F5x');
    await expectShows(edited('x (mm)'), '-119.25');
    await x.fill('900');
    await edited('Property').fill('thickness');
    await edited('Unit').fill('Ω/sq');
    await x.press('Enter');
    await expectNothingCut(staged, ['#', 'Site', 'x (mm)', 'y (mm)', 'Value'], ['Property']);
    await staged.scrollIntoViewIfNeeded();
    await shoot(page, `table-staged-${width}x${height}.png`);
  });
}
