/** Helpers of the review journeys: seeding the real KLA Slot01 records and finding panels. */
import type { ApiClient } from '../src/api/client';
import type { AnnotationCreate } from '../src/api/schemas';
import { klaWafer } from '../src/testing/klaFixture';
import type { SamplePage } from './fixtures';

/** The 49 sites of wafer Slot01 of the real KLA-F5x export. */
export const slot01 = klaWafer('Slot01').sites;

/** Store one record per KLA Slot01 site; `scale` shrinks the pattern onto a smaller wafer. */
export async function seedKla(
  api: ApiClient,
  sampleId: string,
  o: { property: string; unit: string | null; value: (i: number) => number; scale?: number },
) {
  const body: AnnotationCreate[] = slot01.map((s, i) => ({
    property_name: o.property,
    property_value: o.value(i),
    property_unit: o.unit,
    char_source_type: 'KLA-F5x',
    coord_ref_frame: 'sample_relative',
    coord_units: 'mm',
    coord_x: s.xMm / (o.scale ?? 1),
    coord_y: s.yMm / (o.scale ?? 1),
  }));
  return api.bulkCreateAnnotations(sampleId, body);
}
/** Slot01's thickness (nm) at site index i. */
export const thickness = (i: number) => slot01[i]?.thicknessNm ?? Number.NaN;

/** Open the sample on a wafer of this diameter, in the Review tab. */
export async function openReview(samplePage: SamplePage, sampleId: string, diameterMm: number) {
  await samplePage.open(sampleId);
  await samplePage.setWaferDiameter(diameterMm);
  await samplePage.openTab('Review');
}

/** The Review tab's panel. */
export const reviewPanel = (samplePage: SamplePage) =>
  samplePage.page.getByRole('tabpanel', { name: /^Review/ });
/** The row of one statistic, by its header (n, Mean, σ (n − 1), …). */
export const statRow = (samplePage: SamplePage, name: string) =>
  samplePage.page
    .getByRole('table', { name: 'Statistics' })
    .getByRole('row')
    .filter({ has: samplePage.page.getByRole('rowheader', { name, exact: true }) });
/** The Annotations table row numbered n. */
export const rowOf = (samplePage: SamplePage, n: number) =>
  samplePage.records.locator('tbody tr').filter({
    has: samplePage.page.getByRole('button', {
      name: `Show annotation ${n} on the map`,
      exact: true,
    }),
  });
