/**
 * One vocabulary of properties: the lab stores thickness in nm; the KLA Slot01 wafer (Å, column
 * "1st Thickness") and a CompleteEASE map ("Thickness # 1 (nm)") are imported into two samples,
 * both stored as thickness in nm with the file's column kept, and reviewed in one unit.
 */
import path from 'node:path';
import { standardWafer } from '../src/domain/geometry/outline';
import { KLA_F5X_FILE } from '../src/testing/dataFiles';
import { klaWafer } from '../src/testing/klaFixture';
import { expect, type SamplePage, test } from './fixtures';
import { ImportDialog } from './importDialog';
import { reviewPanel, seedKla, statRow, thickness } from './reviewHelpers';

const COMPLETEEASE_FILE = path.resolve(
  import.meta.dirname,
  '../src/io/fixtures/completeease-map.txt',
);

async function importAndSubmit(
  samplePage: SamplePage,
  file: string,
  prepare: (d: ImportDialog) => Promise<void>,
) {
  const dialog = new ImportDialog(samplePage.page);
  await dialog.open();
  await dialog.chooseFile(file);
  await prepare(dialog);
  await dialog.stageButton().click();
  await expect(dialog.dialog).toBeHidden();
  await samplePage.submitButton().click();
  await expect(samplePage.stagedRows()).toHaveCount(0);
}

test('two instruments, one property: thickness in nm, the file columns kept', async ({
  api,
  newSample,
  samplePage,
  page,
}) => {
  test.setTimeout(90_000);
  // The lab already has thickness in nm, seen in this browser.
  const reference = await newSample('Reference wafer', { outline: standardWafer(300) });
  await seedKla(api, reference.id, { property: 'thickness', unit: 'nm', value: thickness });
  await samplePage.open(reference.id);
  await samplePage.openTab('Review');
  await expect(statRow(samplePage, 'n')).toContainText('49');

  // KLA-F5x Slot01: the file states no unit; the thickness is in Å, converted at import.
  const kla = await newSample('KLA Slot01 native oxide', { outline: standardWafer(300) });
  await samplePage.open(kla.id);
  await importAndSubmit(samplePage, KLA_F5X_FILE, async (dialog) => {
    await dialog.field('Wafer (WAFER ID)').selectOption('Slot01');
    const name = dialog.field('Property name of column 1st Thickness');
    await expect(name).toHaveValue('thickness');
    await dialog.field('Unit of column 1st Thickness').fill('A');
    const convert = dialog.dialog.getByLabel('Convert Å to nm before staging');
    await expect(convert).not.toBeChecked();
    await convert.check();
    await expect(dialog.dialog.getByRole('table', { name: 'Imported values' })).toContainText(
      'thickness',
    );
  });

  // CompleteEASE: "Thickness # 1 (nm)" is the same quantity, already in nm.
  const ce = await newSample('CompleteEASE map', { outline: standardWafer(150) });
  await samplePage.open(ce.id);
  await importAndSubmit(samplePage, COMPLETEEASE_FILE, async (dialog) => {
    await expect(dialog.field('Property name of column Thickness # 1 (nm)')).toHaveValue(
      'thickness',
    );
    await expect(dialog.field('Unit of column Thickness # 1 (nm)')).toHaveValue('nm');
    await expect(dialog.dialog.getByRole('button', { name: 'Keep “Thickness # 1”' })).toBeVisible();
  });

  const slot01 = klaWafer('Slot01');
  const klaStored = await api.listAnnotations(kla.id);
  expect(klaStored).toHaveLength(49);
  expect(klaStored.map((r) => r.property_value)).toEqual(
    slot01.sites.map((s) => Number(`${s.thicknessNm}e-1`)),
  );
  for (const r of klaStored) {
    expect(r).toMatchObject({ property_name: 'thickness', property_unit: 'nm' });
    expect(r.annotation_metadata).toMatchObject({
      source_column: '1st Thickness',
      source_unit: 'Å',
      wafer_id: 'Slot01',
      slot: 1,
    });
  }
  expect(klaStored.map((r) => r.annotation_metadata?.site)).toEqual(
    slot01.sites.map((s) => s.site),
  );
  const ceStored = await api.listAnnotations(ce.id);
  const ceThickness = ceStored.filter((r) => r.property_name === 'thickness');
  expect(ceThickness.length).toBeGreaterThan(0);
  for (const r of ceThickness) {
    expect(r.property_unit).toBe('nm');
    expect(r.annotation_metadata).toMatchObject({ source_column: 'Thickness # 1 (nm)' });
  }

  // Both reviews show thickness in nm.
  for (const sample of [kla, ce]) {
    await samplePage.open(sample.id);
    await samplePage.openTab('Review');
    await reviewPanel(samplePage).getByLabel('Property', { exact: true }).selectOption('thickness');
    await expect(
      page.getByRole('heading', { name: /^Statistics: thickness \(nm\)$/ }),
    ).toBeVisible();
  }
});
