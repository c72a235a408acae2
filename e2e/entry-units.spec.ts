/**
 * Values typed by hand get the same unit handling as imported ones: the unit written the app's
 * way, and "Convert Å to nm before staging" offered when the sample stores the property in nm.
 * Text the server would refuse (over MAX_TEXT_CHARS) is refused at the field, before staging.
 */

import type { Locator } from '@playwright/test';
import { MAX_TEXT_CHARS } from '../src/api/textRules';
import { expect, test } from './fixtures';

/** Put `text` into an input exactly, lone surrogates included, as React sees typing. */
async function typeCodeUnits(input: Locator, text: string) {
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  await input.evaluate((el, codes) => {
    const value = String.fromCharCode(...codes);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, units);
}

test('a value typed in Å: staged as Å unless converted, then stored in nm like an import', async ({
  newSample,
  samplePage: a,
  page,
  api,
}) => {
  const sample = await newSample('Entry units 150 mm');
  await api.bulkCreateAnnotations(sample.id, [
    {
      property_name: 'thickness',
      property_value: 100,
      property_unit: 'nm',
      coord_x: 0,
      coord_y: 0,
    },
  ]);
  await a.open(sample.id);
  await a.field('Property').fill('thickness');
  await a.field('Unit').fill('A');
  const offer = page.getByRole('checkbox', { name: 'Convert Å to nm before staging' });
  await expect(offer).toBeVisible();
  await expect(
    page.getByText('thickness is stored in nm: values typed in Å are staged in Å'),
  ).toBeVisible();

  // Not ticked: staged as typed, the unit written as import writes it (A → Å).
  await a.field('x (mm)').fill('10');
  await a.field('y (mm)').fill('0');
  await a.field('Value').fill('1234');
  await a.field('Value').press('Enter');
  await expect(a.stagedRows()).toHaveCount(1);
  await expect(a.stagedRows().first()).toContainText('Å');

  // Ticked: converted with the import's factor, staged in nm.
  await offer.check();
  await expect(offer).toBeChecked();
  await a.field('x (mm)').fill('20');
  await a.field('y (mm)').fill('0');
  await a.field('Value').fill('1234');
  await a.field('Value').press('Enter');
  await expect(a.stagedRows()).toHaveCount(2);
  await a.submitButton().click();
  await expect(a.staged).toHaveCount(0);
  const stored = await api.listAnnotations(sample.id);
  const byX = new Map(
    stored.map((r) => [
      r.coord_x,
      [r.property_value, r.property_unit, r.annotation_metadata?.source_unit],
    ]),
  );
  expect(byX.get(10)).toEqual([1234, 'Å', undefined]);
  // Converted: the typed unit is kept, as an import keeps a converted column's unit.
  expect(byX.get(20)).toEqual([123.4, 'nm', 'Å']);
});

test('a property name, unit or source over the server limit is refused at its field', async ({
  newSample,
  samplePage: a,
  page,
}) => {
  const sample = await newSample('Entry limits 150 mm');
  await a.open(sample.id);
  await a.field('x (mm)').fill('1');
  await a.field('y (mm)').fill('1');
  await a.field('Property').fill('t'.repeat(MAX_TEXT_CHARS + 1));
  await a.field('Unit').fill('u'.repeat(MAX_TEXT_CHARS + 3));
  await a.field('Source').fill('s'.repeat(MAX_TEXT_CHARS + 2));
  await a.field('Value').fill('5');
  await a.field('Value').press('Enter');
  await expect(
    page.getByText(`The property name is ${MAX_TEXT_CHARS + 1} characters long`),
  ).toBeVisible();
  await expect(page.getByText(`The unit is ${MAX_TEXT_CHARS + 3} characters long`)).toBeVisible();
  await expect(page.getByText(`The source is ${MAX_TEXT_CHARS + 2} characters long`)).toBeVisible();
  await expect(a.field('Property')).toHaveAttribute('aria-invalid', 'true');
  await expect(a.field('Source')).toHaveAttribute('aria-invalid', 'true');
  await expect(a.stagedRows()).toHaveCount(0);
  // Nothing typed is lost: shortened, the point stages.
  await a.field('Property').fill('thickness');
  await a.field('Unit').fill('nm');
  await a.field('Source').fill('ellipsometer');
  await a.field('Value').press('Enter');
  await expect(a.stagedRows()).toHaveCount(1);
});

test('a broken character (lone surrogate) is refused at its field, never stored as U+FFFD', async ({
  newSample,
  samplePage: a,
  page,
  api,
}) => {
  const sample = await newSample('Entry surrogate 150 mm');
  await a.open(sample.id);
  await a.field('x (mm)').fill('0');
  await a.field('y (mm)').fill('0');
  // Playwright's fill sends text to the browser as UTF-8, which already turns a lone surrogate
  // into U+FFFD; the string is therefore built in the page, as a paste or a script would put it.
  await typeCodeUnits(a.field('Property'), 'thick\ud800ness');
  await a.field('Unit').fill('nm');
  await a.field('Value').fill('1');
  await a.field('Value').press('Enter');
  await expect(
    page.getByText(
      'The property name contains a broken character (lone surrogate U+D800) at position 6; it would be stored as \uFFFD.',
    ),
  ).toBeVisible();
  await expect(a.field('Property')).toHaveAttribute('aria-invalid', 'true');
  await expect(a.stagedRows()).toHaveCount(0);
  await a.field('Property').fill('thickness');
  await a.field('Value').press('Enter');
  await expect(a.stagedRows()).toHaveCount(1);
  await a.submitButton().click();
  await expect(a.staged).toHaveCount(0);
  expect((await api.listAnnotations(sample.id)).map((r) => r.property_name)).toEqual(['thickness']);
});
