import { describe, expect, it } from 'vitest';
import { klaWafer } from '../../testing/klaFixture';
import { standardWafer } from '../geometry/outline';
import { computeDifference, type DifferenceSite } from './difference';
import { differenceToStaged } from './differenceAnnotations';
import {
  differenceStagingMessage,
  planDifferenceStaging,
  type StoredDerived,
  storedDerived,
} from './differenceRestage';

const sitesOf = (waferId: string): DifferenceSite[] =>
  klaWafer(waferId).sites.map((s) => ({
    xMm: s.xMm,
    yMm: s.yMm,
    value: s.thicknessNm,
    site: s.site,
  }));
let n = 0;
const newId = () => `d${++n}`;

function staged(bWafer: string, opts: { propertyName?: string; bId?: string } = {}) {
  const r = computeDifference({
    a: { sites: sitesOf('Slot01'), unit: 'nm' },
    b: { sites: sitesOf(bWafer), unit: 'nm' },
    outline: standardWafer(300),
    resolution: 40,
    rateMinutes: null,
  });
  if (!r.ok) throw new Error(r.message);
  return differenceToStaged(
    {
      difference: r.difference,
      a: { sampleId: 'id-1', sampleName: 'Slot01', propertyName: 'thickness' },
      b: { sampleId: opts.bId ?? 'id-2', sampleName: bWafer, propertyName: 'thickness' },
      propertyName: opts.propertyName ?? 'thickness difference',
      positions: 'b',
      includeInterpolated: true,
    },
    newId,
  );
}

const asStored = (s: ReturnType<typeof staged>): StoredDerived[] =>
  s.map((a) => ({ ...a, propertyValue: a.propertyValue }));

describe('planDifferenceStaging', () => {
  it('stages everything the first time', () => {
    const fresh = staged('Slot02');
    expect(planDifferenceStaging(fresh, [], [])).toEqual({
      add: fresh,
      remove: [],
      alreadyStaged: 0,
      alreadyStored: 0,
    });
  });

  it('a second press of the same difference stages nothing: 49 already staged', () => {
    const first = staged('Slot02');
    const plan = planDifferenceStaging(staged('Slot02'), first, []);
    expect(plan).toEqual({ add: [], remove: [], alreadyStaged: 49, alreadyStored: 0 });
  });

  it('a changed difference of the same pair and name replaces the earlier staging', () => {
    const first = staged('Slot02');
    const changed = staged('Slot02').map((a, i) =>
      i === 0 ? { ...a, propertyValue: a.propertyValue + 0.0001 } : a,
    );
    const unrelated = staged('Slot02', { propertyName: 'other' });
    const plan = planDifferenceStaging(changed, [...first, ...unrelated], []);
    expect(plan.add).toEqual(changed);
    expect(plan.remove).toEqual(first.map((a) => a.localId));
    expect(plan.alreadyStaged).toBe(0);
  });

  it('values already stored are not staged again, and the rest are', () => {
    const fresh = staged('Slot02');
    const stored = asStored(fresh.slice(0, 40));
    const plan = planDifferenceStaging(fresh, [], stored);
    expect(plan.alreadyStored).toBe(40);
    expect(plan.add).toEqual(fresh.slice(40));
    const all = planDifferenceStaging(fresh, [], asStored(fresh));
    expect(all).toEqual({ add: [], remove: [], alreadyStaged: 0, alreadyStored: 49 });
  });

  it('another pair or another name is a different difference', () => {
    const first = staged('Slot02', { bId: 'id-9' });
    expect(planDifferenceStaging(staged('Slot02'), first, asStored(first)).add).toHaveLength(49);
    const named = staged('Slot02', { propertyName: 'loss' });
    expect(planDifferenceStaging(staged('Slot02'), named, asStored(named)).add).toHaveLength(49);
  });
});

describe('storedDerived', () => {
  it('keeps only derived-difference records, placed in mm', () => {
    const rec = (metadata: Record<string, string> | null, units = 'mm') => ({
      coord_ref_frame: 'sample_relative',
      coord_units: units,
      coord_x: 1.5,
      coord_y: -2,
      property_name: 'thickness difference',
      property_value: -0.0935,
      property_unit: 'nm',
      annotation_metadata: metadata,
    });
    const out = storedDerived([rec({ derived: 'difference' }, 'um'), rec(null), rec({})], null);
    expect(out).toEqual([
      {
        xMm: 0.0015,
        yMm: -0.002,
        propertyName: 'thickness difference',
        propertyValue: -0.0935,
        propertyUnit: 'nm',
        metadata: { derived: 'difference' },
      },
    ]);
  });
});

describe('differenceStagingMessage', () => {
  const base = { sampleName: 'S02', propertyName: 'thickness difference' };
  it('says what was staged, replaced, or already there', () => {
    const m = (o: Partial<Parameters<typeof differenceStagingMessage>[0]>) =>
      differenceStagingMessage({
        ...base,
        staged: 0,
        replaced: 0,
        alreadyStaged: 0,
        alreadyStored: 0,
        ...o,
      });
    expect(m({ staged: 49 })).toBe('Staged 49 annotations of “thickness difference” on S02.');
    expect(m({ alreadyStaged: 49 })).toBe(
      '49 difference values of “thickness difference” are already staged on S02; nothing was staged again.',
    );
    expect(m({ alreadyStored: 49 })).toBe(
      '49 difference values of “thickness difference” are already stored on S02; nothing was staged again.',
    );
    expect(m({ staged: 49, replaced: 49 })).toBe(
      'Staged 49 annotations of “thickness difference” on S02, replacing the 49 staged earlier from the same pair.',
    );
    expect(m({ staged: 9, alreadyStored: 40 })).toBe(
      'Staged 9 annotations of “thickness difference” on S02. 40 difference values are already stored and were left out.',
    );
  });
});
