import type { PointMm } from '../geometry/point';

/** Millimetres with two decimals and an ASCII minus; a value that rounds to zero prints "0.00". */
export function formatMm(valueMm: number, decimals = 2): string {
  const text = valueMm.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** Cursor read-out text, e.g. `x 12.50 mm, y -3.00 mm`. */
export function formatCursor(p: PointMm): string {
  return `x ${formatMm(p.xMm)} mm, y ${formatMm(p.yMm)} mm`;
}
