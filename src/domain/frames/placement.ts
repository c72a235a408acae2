/**
 * Placing a stored record on the sample map: from its `coord_ref_frame`, `coord_units` and
 * coordinates to sample mm, or a reason why it cannot be drawn. A record is never drawn in a
 * place we are not sure of.
 */
import type { PointMm } from '../geometry/point';

/** Millimetres per unit, for the coordinate units we understand (case-insensitive). */
const MM_PER_UNIT: Record<string, number> = {
  mm: 1,
  millimeter: 1,
  millimetre: 1,
  um: 0.001,
  µm: 0.001,
  μm: 0.001,
  micron: 0.001,
  cm: 10,
  m: 1000,
  in: 25.4,
  inch: 25.4,
};

/** Millimetres per one `unit`, or null for a unit we do not know. Missing units mean mm. */
export function mmPerUnit(unit: string | null | undefined): number | null {
  if (unit === null || unit === undefined || unit.trim() === '') return 1;
  return MM_PER_UNIT[unit.trim().toLowerCase()] ?? null;
}

export type Placement =
  | { placed: true; point: PointMm }
  | { placed: false; reason: 'no coordinates' | 'unknown units' | 'no calibration' };

/**
 * Sample-frame position of a stored record. `sample_relative` (or no frame) is read directly;
 * `stage_absolute` needs a calibration (`stageToSample`), and without one it is not placed.
 */
export function placeRecord(
  record: {
    coord_ref_frame: string | null;
    coord_units: string | null;
    coord_x: number | null;
    coord_y: number | null;
  },
  stageToSample: ((p: PointMm) => PointMm) | null = null,
): Placement {
  if (record.coord_x === null || record.coord_y === null) {
    return { placed: false, reason: 'no coordinates' };
  }
  const scale = mmPerUnit(record.coord_units);
  if (scale === null) return { placed: false, reason: 'unknown units' };
  const p = { xMm: record.coord_x * scale, yMm: record.coord_y * scale };
  if (record.coord_ref_frame === 'stage_absolute') {
    return stageToSample
      ? { placed: true, point: stageToSample(p) }
      : { placed: false, reason: 'no calibration' };
  }
  return { placed: true, point: p };
}
