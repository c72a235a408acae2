/**
 * Pattern sites on the overlay: numbered circles (dashed while empty), the active one filled
 * and larger. Site numbers that would overlap one already drawn are left out, so a dense grid
 * stays readable; zooming in shows them all. The active site is always labelled.
 */
import { type SampleView, sampleMmToStagePx } from '../../domain/frames/view';
import type { PointPx } from '../../domain/geometry/point';
import type { TargetMarker } from '../mapTypes';
import { drawMarker } from '../markerDraw';
import { MARKER_STYLES, TARGET_LABEL_COLOR } from '../markerStyles';

/** Screen cell of one site label (about "1234" in 11 px text). */
const LABEL_CELL_W_PX = 28;
const LABEL_CELL_H_PX = 14;

/** Decides, label by label, whether it fits clear of those already placed (screen px). */
function labelPlacer() {
  const placed = new Map<string, PointPx[]>();
  return (at: PointPx) => {
    const cx = Math.floor(at.xPx / LABEL_CELL_W_PX);
    const cy = Math.floor(at.yPx / LABEL_CELL_H_PX);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const o of placed.get(`${i},${j}`) ?? []) {
          const dx = Math.abs(o.xPx - at.xPx);
          if (dx < LABEL_CELL_W_PX && Math.abs(o.yPx - at.yPx) < LABEL_CELL_H_PX) return false;
        }
      }
    }
    const key = `${cx},${cy}`;
    placed.set(key, [...(placed.get(key) ?? []), at]);
    return true;
  };
}

/** Draw the targets; `scale` is the stage zoom (markers and text keep their screen size). */
export function drawTargets(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  targets: readonly TargetMarker[],
) {
  const u = 1 / scale;
  const fits = labelPlacer();
  const screen = (t: TargetMarker) => {
    const s = sampleMmToStagePx(view, t);
    return { xPx: s.xPx * scale, yPx: s.yPx * scale };
  };
  const active = targets.find((t) => t.state === 'active');
  if (active) fits(screen(active));
  ctx.font = `${11 * u}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  for (const t of targets) {
    const style =
      t.state === 'active'
        ? MARKER_STYLES.targetActive
        : t.state === 'done'
          ? MARKER_STYLES.targetDone
          : MARKER_STYLES.target;
    const at = sampleMmToStagePx(view, t);
    drawMarker(ctx, style, at.xPx, at.yPx, u);
    if (t.state === 'active' || fits(screen(t))) {
      const r = MARKER_STYLES.target.radiusPx * u;
      ctx.fillStyle = t.state === 'active' ? MARKER_STYLES.targetActive.stroke : TARGET_LABEL_COLOR;
      ctx.fillText(t.label, at.xPx + r * 1.1, at.yPx - r * 0.6);
    }
  }
}
