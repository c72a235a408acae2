import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import { standardWafer } from '../geometry/outline';
import { StagedAnnotation } from '../staging/staged';
import { computeDifference, type DifferenceSite } from './difference';
import { differenceToStaged } from './differenceAnnotations';

const sitesOf = (waferId: string): DifferenceSite[] =>
  klaWafer(waferId).sites.map((s) => ({
    xMm: s.xMm,
    yMm: s.yMm,
    value: s.thicknessNm,
    site: s.site,
  }));
const a = { sampleId: 'id-1', sampleName: 'Slot01', propertyName: 'thickness' };
const b = { sampleId: 'id-2', sampleName: 'Slot02', propertyName: 'thickness' };
let n = 0;
const newId = () => `d${++n}`;

function difference(bSites: DifferenceSite[], rateMinutes: number | null = null) {
  const r = computeDifference({
    a: { sites: sitesOf('Slot01'), unit: 'nm' },
    b: { sites: bSites, unit: 'nm' },
    outline: standardWafer(300),
    resolution: 40,
    rateMinutes,
  });
  if (!r.ok) throw new Error(r.message);
  return r.difference;
}

describe('differenceToStaged', () => {
  it('stages one annotation per matched site on B’s positions, naming both sources', () => {
    const d = difference(sitesOf('Slot02'), 2);
    const staged = differenceToStaged(
      {
        difference: d,
        a,
        b,
        propertyName: ' etch rate ',
        positions: 'b',
        includeInterpolated: true,
        charSourceType: 'derived',
      },
      newId,
    );
    expect(staged).toHaveLength(49);
    const b7 = klaWafer('Slot02').sites[6];
    const a7 = klaWafer('Slot01').sites[6];
    expect(staged[6]).toMatchObject({
      xMm: b7?.xMm,
      yMm: b7?.yMm,
      propertyName: 'etch rate',
      propertyUnit: 'nm/min',
      // The decimal rate, not its float-noise neighbour: (A − B) in 0.1 pm, halved.
      propertyValue:
        (Math.round((a7?.thicknessNm ?? 0) * 1e4) - Math.round((b7?.thicknessNm ?? 0) * 1e4)) / 2e4,
      charSourceType: 'derived',
      metadata: {
        derived: 'difference',
        formula: '(A − B) / t',
        source_a_sample_id: 'id-1',
        source_a_sample_name: 'Slot01',
        source_b_sample_id: 'id-2',
        source_b_sample_name: 'Slot02',
        source_a_property: 'thickness',
        source_b_property: 'thickness',
        source_unit: 'nm',
        match_tolerance_mm: 1,
        rate_minutes: 2,
        difference_method: 'matched-site',
        site: 7,
        source_a_site: 7,
        source_b_site: 7,
      },
    });
    for (const s of staged) expect(StagedAnnotation.safeParse(s).success).toBe(true);
  });

  it('adds the unmatched sites of the positioned sample against the other field when asked', () => {
    const bSites = sitesOf('Slot02').slice(2);
    const d = difference(bSites);
    const request = {
      difference: d,
      a,
      b,
      propertyName: 'Δ thickness',
      positions: 'a' as const,
      includeInterpolated: true,
    };
    const staged = differenceToStaged(request, newId);
    expect(staged).toHaveLength(49);
    const interpolated = staged.filter((s) => s.metadata?.difference_method === 'interpolated');
    expect(interpolated.map((s) => s.metadata?.site)).toEqual([1, 2]);
    expect(interpolated[0]?.metadata).toMatchObject({
      interpolation: 'thin-plate-spline',
      source_a_site: 1,
      formula: 'A − B',
    });
    expect(interpolated[0]?.propertyValue).toBe(d.unmatchedA[0]?.interpolatedDifference);
    expect(differenceToStaged({ ...request, includeInterpolated: false }, newId)).toHaveLength(47);
    expect(differenceToStaged({ ...request, positions: 'midpoint' }, newId)).toHaveLength(47);
  });

  it('refuses a blank property name', () => {
    const d = difference(sitesOf('Slot02'));
    expect(() =>
      differenceToStaged(
        { difference: d, a, b, propertyName: '  ', positions: 'a', includeInterpolated: false },
        newId,
      ),
    ).toThrow(RangeError);
  });
});
