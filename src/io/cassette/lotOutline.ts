/**
 * A geometry to suggest for the new samples of a cassette import: the smallest SEMI standard
 * wafer whose radius reaches every point of every wafer. Only a suggestion, which the user takes
 * or changes: the files do not state the geometry.
 */
import { type SampleOutline, STANDARD_WAFERS, standardWafer } from '../../domain/geometry/outline';
import { mapWafer } from './stageWafer';
import type { Cassette } from './types';

/** The farthest point of the cassette from the centre (mm), under each wafer's own mapping. */
export function farthestPointMm(cassette: Cassette): number {
  // Any outline will do: mapRows reports points outside it, it does not drop them.
  const outline = standardWafer(300);
  let far = 0;
  for (const w of cassette.wafers) {
    for (const p of mapWafer(w, w.mapping, outline).points) {
      far = Math.max(far, Math.hypot(p.xMm, p.yMm));
    }
  }
  return far;
}

/**
 * The suggestion with its reason, or null when no wafer has points or they reach beyond a
 * 300 mm wafer.
 */
export function suggestLotOutline(
  cassette: Cassette,
): { outline: SampleOutline; reason: string } | null {
  const far = farthestPointMm(cassette);
  if (far === 0) return null;
  const fit = STANDARD_WAFERS.find((w) => w.diameterMm / 2 >= far);
  if (!fit) return null;
  return {
    outline: standardWafer(fit.diameterMm),
    reason: `The points reach ${far.toFixed(1)} mm from the centre.`,
  };
}
