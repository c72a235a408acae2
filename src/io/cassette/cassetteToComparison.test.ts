/**
 * The cores end to end, as the UI will chain them: a KLA-F5x cassette → samples proposed by a
 * name pattern → staged annotations per wafer → comparison statistics, lot summary, difference.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { computeDifference, type DifferenceSite } from '../../domain/lot/difference';
import { lotSummary, sampleStatistics } from '../../domain/lot/lotStatistics';
import { proposeSamples } from '../../domain/lot/sampleMatching';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { KLA_F5X_FILE } from '../../testing/dataFiles';
import { readCassette } from './readCassette';
import { stageWafer, withValueUnit } from './stageWafer';

const outline = standardWafer(300);
const cassette = readCassette([{ name: 'run.csv', text: readFileSync(KLA_F5X_FILE, 'utf8') }]);
let n = 0;
const staged = new Map<string, StagedAnnotation[]>(
  cassette.wafers.map((w) => [
    w.key,
    stageWafer(
      w,
      {
        mapping: withValueUnit(w.mapping, 'nm'),
        outline,
        sourceType: 'KLA-F5x',
        includeOutside: false,
      },
      () => `l${++n}`,
    ),
  ]),
);

describe('a KLA cassette from import to comparison', () => {
  it('proposes 25 new samples named by the pattern, none clashing', () => {
    const r = proposeSamples(cassette.wafers, [{ id: 'x', name: 'Other wafer' }], '{wafer_id}');
    expect([r.newCount, r.existingCount, r.problemCount]).toEqual([25, 0, 0]);
  });

  it("gives every sample its block's MEAN and STDDEV to 4 decimals, and a lot summary", () => {
    const stats = sampleStatistics(
      cassette.wafers.map((w) => ({
        sampleId: w.key,
        name: w.waferId,
        values: (staged.get(w.key) ?? []).map((s) => s.propertyValue),
      })),
    );
    stats.forEach((s, i) => {
      const stated = cassette.wafers[i]?.statedStatistics[0]?.values;
      expect(s.n).toBe(49);
      expect(s.mean?.toFixed(4)).toBe(stated?.MEAN?.toFixed(4));
      expect(s.sd?.toFixed(4)).toBe(stated?.STDDEV?.toFixed(4));
    });
    const lot = lotSummary(stats);
    expect(lot.waferCount).toBe(25);
    expect(lot.withinSd).toBeGreaterThan(0.19);
    expect(lot.withinSd).toBeLessThan(0.27);
    expect(lot.betweenSdAnova).toBeLessThan(lot.sdOfMeans ?? 0);
  });

  it('computes Slot01 − Slot02 from the staged annotations on 49 matched sites', () => {
    const sites = (key: string): DifferenceSite[] =>
      (staged.get(key) ?? []).map((s) => ({
        xMm: s.xMm,
        yMm: s.yMm,
        value: s.propertyValue,
        site: s.metadata?.site as number,
      }));
    const r = computeDifference({
      a: { sites: sites('run.csv#Slot01'), unit: 'nm' },
      b: { sites: sites('run.csv#Slot02'), unit: 'nm' },
      outline,
    });
    expect(r.ok && r.difference.matched.length).toBe(49);
    expect(r.ok && r.difference.matched.every((m) => m.aSite === m.bSite)).toBe(true);
  });
});
