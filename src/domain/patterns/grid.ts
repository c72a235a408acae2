/**
 * Rectangular grid patterns (the raster maps of sheet-resistance and thickness mappers): the
 * lattice x = offsetX + i·pitchX, y = offsetY + j·pitchY clipped to the measurable area.
 */

import { z } from 'zod';
import { isInsideEdgeExclusion, outlineBoundsMm, type SampleOutline } from '../geometry/outline';
import type { PointMm } from '../geometry/point';
import { describePattern } from './descriptor';
import { cleanMm, type MeasurementPattern, numberSites } from './pattern';

export interface GridOptions {
  /** The sample; its `edgeExclusionMm` bounds the measurable area. */
  outline: SampleOutline;
  pitchXMm: number;
  pitchYMm: number;
  /** Position of the lattice point i = j = 0, in sample mm. Default 0 (a site at the centre). */
  offsetXMm?: number;
  offsetYMm?: number;
}

/**
 * Most sites a grid may have. A measurement pattern is entered site by site; 10,000 sites is
 * already a 3 mm grid over a 300 mm wafer, and far finer grids only freeze the page.
 */
export const MAX_GRID_SITES = 10_000;

/** Most lattice points examined; a pitch so fine it exceeds this fails fast, before the scan. */
const MAX_GRID_CANDIDATES = 10 * MAX_GRID_SITES;

/** Tolerance (in pitches) on the lattice index range, so points on the boundary are tested. */
const INDEX_SLACK = 1e-9;

/**
 * Grid pattern: every lattice point that lies inside the outline minus its edge exclusion
 * (`isInsideEdgeExclusion`, boundary included), in raster order: rows from top (+y) to bottom,
 * left to right within a row. Coordinates in sample mm, cleaned of binary noise.
 * Throws RangeError for a pitch that is not a positive finite number, a non-finite offset, or a
 * grid of more than MAX_GRID_SITES sites (or more than 10× that many lattice points over the
 * measurable area's bounding box).
 */
export function gridPattern(options: GridOptions): MeasurementPattern {
  const { outline, pitchXMm, pitchYMm, offsetXMm = 0, offsetYMm = 0 } = options;
  for (const [label, pitch] of [
    ['x', pitchXMm],
    ['y', pitchYMm],
  ] as const) {
    if (!(Number.isFinite(pitch) && pitch > 0)) {
      throw new RangeError(`grid pitch ${label} must be a positive number of mm, got ${pitch}`);
    }
  }
  if (!(Number.isFinite(offsetXMm) && Number.isFinite(offsetYMm))) {
    throw new RangeError('grid offset must be a finite number of mm');
  }
  // The measurable area lies inside the outline's bounds shrunk by the edge exclusion.
  const b = outlineBoundsMm(outline);
  const ee = outline.edgeExclusionMm;
  const iMin = Math.ceil((b.minXMm + ee - offsetXMm) / pitchXMm - INDEX_SLACK);
  const iMax = Math.floor((b.maxXMm - ee - offsetXMm) / pitchXMm + INDEX_SLACK);
  const jMin = Math.ceil((b.minYMm + ee - offsetYMm) / pitchYMm - INDEX_SLACK);
  const jMax = Math.floor((b.maxYMm - ee - offsetYMm) / pitchYMm + INDEX_SLACK);
  const columns = Math.max(0, iMax - iMin + 1);
  const rows = Math.max(0, jMax - jMin + 1);
  if (columns * rows > MAX_GRID_CANDIDATES) {
    throw new RangeError(
      `a ${pitchXMm} × ${pitchYMm} mm grid would have far more than ${MAX_GRID_SITES} sites`,
    );
  }
  const points: PointMm[] = [];
  for (let j = jMax; j >= jMin; j--) {
    // Cleaned before the inside test, so each kept site is exactly the point that was tested.
    const yMm = cleanMm(offsetYMm + j * pitchYMm);
    for (let i = iMin; i <= iMax; i++) {
      const p = { xMm: cleanMm(offsetXMm + i * pitchXMm), yMm };
      if (!isInsideEdgeExclusion(outline, p)) continue;
      points.push(p);
      if (points.length > MAX_GRID_SITES) {
        throw new RangeError(
          `a ${pitchXMm} × ${pitchYMm} mm grid would have more than ${MAX_GRID_SITES} sites`,
        );
      }
    }
  }
  return {
    name: `Grid ${pitchXMm} × ${pitchYMm} mm (${points.length} sites)`,
    sites: numberSites(points),
  };
}

/** A rectangular grid with typed pitch and offset (mm). */
export const gridPatternKind = describePattern({
  kind: 'grid',
  label: 'Rectangular grid…',
  params: z.object({
    pitchXMm: z.number().positive(),
    pitchYMm: z.number().positive(),
    offsetXMm: z.number(),
    offsetYMm: z.number(),
  }),
  defaults: { pitchXMm: 10, pitchYMm: 10, offsetXMm: 0, offsetYMm: 0 },
  fields: [
    { kind: 'number', key: 'pitchXMm', label: 'Pitch x (mm)', min: 0.1, max: 500 },
    { kind: 'number', key: 'pitchYMm', label: 'Pitch y (mm)', min: 0.1, max: 500 },
    { kind: 'number', key: 'offsetXMm', label: 'Offset x (mm)', min: -500, max: 500 },
    { kind: 'number', key: 'offsetYMm', label: 'Offset y (mm)', min: -500, max: 500 },
  ],
  build: (outline, params) => gridPattern({ outline, ...params }),
});
