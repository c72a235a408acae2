/**
 * The difference between two of the compared samples (A − B; difference.ts): the pair from the
 * URL (default: the first two rows of the table), its diverging colour scale centred at 0, and
 * what its map draws.
 */
import { useMemo } from 'react';
import { fieldCanvas } from '../../canvas/fieldCanvas';
import type { MiniMapField, MiniMapSite } from '../../canvas/miniMap';
import type { ColorScale } from '../../domain/color/colorScale';
import { makeDeviationColorScale } from '../../domain/color/divergingScale';
import { computeField } from '../../domain/interpolation/field';
import { computeDifference, type Difference } from '../../domain/lot/difference';
import type { CompareOptions } from './compareOptions';
import type { ComparedSample, Comparison } from './useComparison';

export interface DifferenceView {
  a: ComparedSample | null;
  b: ComparedSample | null;
  /** The difference, or why there is none (for the user). */
  difference: Difference | null;
  problem: string | null;
  /** A note about the pair (different outlines). */
  note: string | null;
  scale: ColorScale | null;
  sites: MiniMapSite[];
  field: MiniMapField | null;
  /** The field is the matched sites' differences interpolated (every site matched). */
  fieldOfMatched: boolean;
}

function pick(c: Comparison, wanted: string | null, fallback: number): ComparedSample | null {
  const byId = (id: string | null | undefined) => c.samples.find((s) => s.id === id) ?? null;
  return byId(wanted) ?? byId(c.rows[fallback]?.sampleId) ?? null;
}

function compute(c: Comparison, o: CompareOptions, a: ComparedSample, b: ComparedSample) {
  try {
    return computeDifference({
      a: { sites: a.sites.sites, unit: c.unit || null },
      b: { sites: b.sites.sites, unit: c.unit || null },
      outline: a.drawOutline,
      toleranceMm: o.toleranceMm,
      rateMinutes: o.rateMinutes,
      definition: o.nonUniformity,
    });
  } catch (e) {
    return { ok: false as const, message: e instanceof Error ? e.message : String(e) };
  }
}

/** What the map shows: each matched pair at its midpoint, unmatched sites in the neutral colour. */
function mapSites(d: Difference): MiniMapSite[] {
  return [
    ...d.matched.map((m) => ({ xMm: m.xMm, yMm: m.yMm, value: m.value, site: m.aSite })),
    ...[...d.unmatchedA, ...d.unmatchedB].map((u) => ({
      xMm: u.xMm,
      yMm: u.yMm,
      value: null,
      site: u.site,
    })),
  ];
}

/** The difference of the chosen pair (see the module comment). */
export function useDifference(c: Comparison, o: CompareOptions): DifferenceView {
  const a = pick(c, o.a, 0);
  const b = pick(c, o.b, 1);
  const outcome = useMemo(
    () => (a && b && a.id !== b.id ? compute(c, o, a, b) : null),
    [c, o, a, b],
  );
  const difference = outcome?.ok ? outcome.difference : null;
  const scale = useMemo(() => {
    if (!difference) return null;
    const values = difference.grid
      ? difference.grid.insideValues
      : difference.matched.map((m) => m.value);
    return makeDeviationColorScale(values, { center: 0 });
  }, [difference]);
  // Every site matched: the map may show the matched differences interpolated between the sites
  // (as the compare view's small maps do), clearly said to be that.
  const matchedField = useMemo(() => {
    if (!difference || difference.grid || !o.showField || !a) return null;
    const outcome = computeField({
      sites: difference.matched.map((m) => ({ xMm: m.xMm, yMm: m.yMm, value: m.value })),
      outline: a.drawOutline,
      method: 'thin-plate-spline',
      resolution: 120,
    });
    return outcome.ok ? outcome.field : null;
  }, [difference, o.showField, a]);
  const field = useMemo(() => {
    const grid = difference?.grid ?? matchedField;
    const image = grid && scale ? fieldCanvas(grid.grid, grid.spec, scale) : null;
    return grid && image ? { image, spec: grid.spec } : null;
  }, [difference, matchedField, scale]);
  const sites = useMemo(() => (difference ? mapSites(difference) : []), [difference]);
  const problem =
    !a || !b || a.id === b.id
      ? 'Choose two different samples as A and B.'
      : outcome && !outcome.ok
        ? outcome.message
        : null;
  const note =
    a && b && JSON.stringify(a.drawOutline) !== JSON.stringify(b.drawOutline)
      ? `A and B have different outlines; the difference is drawn on A’s (${a.name}).`
      : null;
  return {
    a,
    b,
    difference,
    problem,
    note,
    scale,
    sites,
    field,
    fieldOfMatched: matchedField !== null,
  };
}
