/**
 * Drawing routines for the map's custom Konva shapes. Each draws many markers in one pass on the
 * native 2D context (one shape per layer, not one node per marker), at a constant size on screen:
 * sizes are screen px divided by the stage scale.
 */

import type { SpecClass } from '../domain/color/specLimits';
import type { SampleView } from '../domain/frames/view';
import type { PointMm } from '../domain/geometry/point';

export const MARKER_RADIUS_PX = 5;
export const HIT_RADIUS_PX = 9;

export const COLORS = {
  outlineFill: '#f4f6f9',
  outlineStroke: '#2b3442',
  edgeExclusion: '#8792a2',
  axes: '#d5dae1',
  staged: '#c2410c',
  pending: '#1d4ed8',
  highlight: '#111827',
  selection: '#0e7490',
  target: '#475569',
  otherRecord: '#a3abb6',
  preview: '#7c3aed',
  previewOutside: '#dc2626',
  outOfSpec: '#111827',
} as const;

/** Trace a closed polygon given in sample mm. */
export function tracePolygon(ctx: CanvasRenderingContext2D, view: SampleView, polygon: PointMm[]) {
  ctx.beginPath();
  polygon.forEach((p, i) => {
    const x = view.centerXPx + p.xMm * view.pxPerMm;
    const y = view.centerYPx - p.yMm * view.pxPerMm;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.closePath();
}

export interface RecordMarker {
  xMm: number;
  yMm: number;
  /** Fill colour; null draws the small grey "other property" dot. */
  color: string | null;
  /** Against the spec limits: 'above' USL draws a triangle pointing up, 'below' LSL one
   * pointing down, both with a thick outline, so out-of-spec does not rely on colour alone. */
  spec?: SpecClass;
  /** Selected in the table: drawn with a selection ring. */
  selected?: boolean;
}

/** A triangle of circumradius `r` centred on (x, y), pointing up (dir = −1) or down (dir = 1). */
function traceTriangle(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  dir: 1 | -1,
) {
  ctx.beginPath();
  ctx.moveTo(x, y + dir * r);
  ctx.lineTo(x - r * 0.866, y - dir * r * 0.5);
  ctx.lineTo(x + r * 0.866, y - dir * r * 0.5);
  ctx.closePath();
}

/**
 * Stored records: filled circles coloured by value, out-of-spec ones as outlined triangles;
 * records of other properties as grey dots. Selected records get a ring, the highlighted one
 * (hovered here, in the table or in the radial profile) a dark ring.
 */
export function drawRecordMarkers(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  markers: RecordMarker[],
  highlightIndex: number,
) {
  const r = MARKER_RADIUS_PX / scale;
  const rOther = 3 / scale;
  for (const m of markers) {
    const x = view.centerXPx + m.xMm * view.pxPerMm;
    const y = view.centerYPx - m.yMm * view.pxPerMm;
    const outOfSpec = m.color !== null && (m.spec === 'above' || m.spec === 'below');
    if (outOfSpec) traceTriangle(ctx, x, y, r * 1.7, m.spec === 'above' ? -1 : 1);
    else {
      ctx.beginPath();
      ctx.arc(x, y, m.color ? r : rOther, 0, 2 * Math.PI);
    }
    ctx.fillStyle = m.color ?? COLORS.otherRecord;
    ctx.fill();
    if (outOfSpec) {
      // A white halo under the dark outline keeps the triangle visible on dark and light maps.
      ctx.lineWidth = 4 / scale;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.stroke();
      ctx.lineWidth = 2 / scale;
      ctx.strokeStyle = COLORS.outOfSpec;
      ctx.stroke();
    } else if (m.color) {
      ctx.lineWidth = 1 / scale;
      ctx.strokeStyle = 'rgba(17, 24, 39, 0.6)';
      ctx.stroke();
    }
  }
  for (const m of markers) if (m.selected) drawRing(ctx, view, scale, m, COLORS.selection);
  const h = markers[highlightIndex];
  if (h) drawRing(ctx, view, scale, h, COLORS.highlight);
}

/**
 * Staged points: hollow squares in the staged colour, so they never look like stored records
 * (small filled squares above DENSE_MARKERS).
 */
export function drawStagedMarkers(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  points: PointMm[],
  highlightIndex: number,
) {
  if (points.length > DENSE_MARKERS) {
    drawDots(
      ctx,
      view,
      scale,
      points.length,
      (i) => points[i] ?? { xMm: 0, yMm: 0 },
      COLORS.staged,
    );
  } else drawStagedOutlines(ctx, view, scale, points);
  const h = points[highlightIndex];
  if (h) drawRing(ctx, view, scale, h, COLORS.highlight);
}

function drawStagedOutlines(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  points: PointMm[],
) {
  const half = MARKER_RADIUS_PX / scale;
  ctx.lineWidth = 2 / scale;
  ctx.strokeStyle = COLORS.staged;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  for (const p of points) {
    const x = view.centerXPx + p.xMm * view.pxPerMm;
    const y = view.centerYPx - p.yMm * view.pxPerMm;
    ctx.beginPath();
    ctx.rect(x - half, y - half, 2 * half, 2 * half);
    ctx.fill();
    ctx.stroke();
  }
}

/** The hover highlight: a dark ring around one marker. */
export function drawHighlightRing(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  p: PointMm,
) {
  drawRing(ctx, view, scale, p, COLORS.highlight);
}

function drawRing(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  p: PointMm,
  color: string,
) {
  ctx.beginPath();
  ctx.arc(
    view.centerXPx + p.xMm * view.pxPerMm,
    view.centerYPx - p.yMm * view.pxPerMm,
    (MARKER_RADIUS_PX + 4) / scale,
    0,
    2 * Math.PI,
  );
  ctx.lineWidth = 2 / scale;
  ctx.strokeStyle = color;
  ctx.stroke();
}

/** The pending point: a crosshair in a circle. */
export function drawPendingMarker(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  p: PointMm,
) {
  const x = view.centerXPx + p.xMm * view.pxPerMm;
  const y = view.centerYPx - p.yMm * view.pxPerMm;
  const r = 7 / scale;
  const arm = 12 / scale;
  ctx.lineWidth = 2 / scale;
  ctx.strokeStyle = COLORS.pending;
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.moveTo(x - arm, y);
  ctx.lineTo(x + arm, y);
  ctx.moveTo(x, y - arm);
  ctx.lineTo(x, y + arm);
  ctx.stroke();
}

export interface TargetMarker {
  xMm: number;
  yMm: number;
  /** Site number drawn beside the target. */
  label: string;
  state: 'empty' | 'done' | 'active';
}

/** Screen cell of one site label (about "1234" in 11 px text). */
const LABEL_CELL_W_PX = 28;
const LABEL_CELL_H_PX = 14;

/**
 * Pattern sites: numbered empty circles; the active one is filled and larger. Labels that would
 * overlap one already drawn are left out (see below).
 */
export function drawPatternTargets(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  targets: TargetMarker[],
) {
  const r = (MARKER_RADIUS_PX + 2) / scale;
  ctx.font = `${11 / scale}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  // Site numbers are drawn only where they do not overlap one already drawn (a label box of
  // LABEL_CELL_W_PX × LABEL_CELL_H_PX on screen, found through a grid of such cells), so a dense
  // grid stays readable; zooming in shows them all. The active site is always labelled.
  const drawn = new Map<string, { x: number; y: number }[]>();
  const labelFits = (xStage: number, yStage: number) => {
    const x = xStage * scale;
    const y = yStage * scale;
    const cx = Math.floor(x / LABEL_CELL_W_PX);
    const cy = Math.floor(y / LABEL_CELL_H_PX);
    for (let i = cx - 1; i <= cx + 1; i++) {
      for (let j = cy - 1; j <= cy + 1; j++) {
        for (const o of drawn.get(`${i},${j}`) ?? []) {
          if (Math.abs(o.x - x) < LABEL_CELL_W_PX && Math.abs(o.y - y) < LABEL_CELL_H_PX) {
            return false;
          }
        }
      }
    }
    const key = `${cx},${cy}`;
    drawn.set(key, [...(drawn.get(key) ?? []), { x, y }]);
    return true;
  };
  const active = targets.find((t) => t.state === 'active');
  if (active) {
    labelFits(
      view.centerXPx + active.xMm * view.pxPerMm,
      view.centerYPx - active.yMm * view.pxPerMm,
    );
  }
  for (const t of targets) {
    const x = view.centerXPx + t.xMm * view.pxPerMm;
    const y = view.centerYPx - t.yMm * view.pxPerMm;
    ctx.beginPath();
    ctx.arc(x, y, t.state === 'active' ? r * 1.6 : r, 0, 2 * Math.PI);
    ctx.lineWidth = (t.state === 'active' ? 2.5 : 1.2) / scale;
    ctx.setLineDash(t.state === 'empty' ? [3 / scale, 2 / scale] : []);
    ctx.strokeStyle = t.state === 'active' ? COLORS.pending : COLORS.target;
    if (t.state === 'active') {
      ctx.fillStyle = 'rgba(29, 78, 216, 0.15)';
      ctx.fill();
    }
    ctx.stroke();
    ctx.setLineDash([]);
    if (t.state === 'active' || labelFits(x, y)) {
      ctx.fillStyle = t.state === 'active' ? COLORS.pending : COLORS.target;
      ctx.fillText(t.label, x + r * 1.1, y - r * 0.6);
    }
  }
}

/** Selected staged points: a ring around each. */
export function drawSelection(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  points: PointMm[],
) {
  ctx.lineWidth = 2 / scale;
  ctx.strokeStyle = COLORS.selection;
  for (const p of points) {
    ctx.beginPath();
    ctx.arc(
      view.centerXPx + p.xMm * view.pxPerMm,
      view.centerYPx - p.yMm * view.pxPerMm,
      (MARKER_RADIUS_PX + 4) / scale,
      0,
      2 * Math.PI,
    );
    ctx.stroke();
  }
}

/** The keyboard focus cursor: a dashed crosshair. */
export function drawFocusCursor(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  p: PointMm,
) {
  const x = view.centerXPx + p.xMm * view.pxPerMm;
  const y = view.centerYPx - p.yMm * view.pxPerMm;
  const arm = 16 / scale;
  ctx.lineWidth = 1.5 / scale;
  ctx.setLineDash([4 / scale, 3 / scale]);
  ctx.strokeStyle = COLORS.pending;
  ctx.beginPath();
  ctx.moveTo(x - arm, y);
  ctx.lineTo(x + arm, y);
  ctx.moveTo(x, y - arm);
  ctx.lineTo(x, y + arm);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Import preview: positions in sample mm, and 1 where a point lies inside the outline. */
export interface PreviewMarkers {
  xMm: Float64Array;
  yMm: Float64Array;
  inside: Uint8Array;
}

/**
 * Above this many markers each is drawn as a small filled square instead of an outline: Chromium
 * (software raster) takes ~0.8 s to rasterise 100,000 stroked outlines and ~0.1 s for 100,000
 * filled squares (measured); at that density the outline shape cannot be seen anyway.
 */
export const DENSE_MARKERS = 5000;
const DOT_PX = 3;

/** Markers 0 … count−1 for which `include` holds, as DOT_PX filled squares; `at` gives sample mm. */
function drawDots(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  count: number,
  at: (i: number) => PointMm,
  color: string,
  include: (i: number) => boolean = () => true,
) {
  const d = DOT_PX / scale;
  ctx.fillStyle = color;
  for (let i = 0; i < count; i++) {
    if (!include(i)) continue;
    const p = at(i);
    ctx.fillRect(
      view.centerXPx + p.xMm * view.pxPerMm - d / 2,
      view.centerYPx - p.yMm * view.pxPerMm - d / 2,
      d,
      d,
    );
  }
}

/**
 * Points of an import not yet staged: hollow diamonds (small squares above DENSE_MARKERS),
 * violet inside the outline and red outside, so they read as "not yet yours" next to staged
 * squares and stored dots.
 */
export function drawPreviewMarkers(
  ctx: CanvasRenderingContext2D,
  view: SampleView,
  scale: number,
  preview: PreviewMarkers,
) {
  const r = (MARKER_RADIUS_PX + 1) / scale;
  ctx.lineWidth = 1.75 / scale;
  const n = preview.xMm.length;
  if (n > DENSE_MARKERS) {
    const at = (i: number) => ({ xMm: preview.xMm[i] ?? 0, yMm: preview.yMm[i] ?? 0 });
    drawDots(ctx, view, scale, n, at, COLORS.preview, (i) => preview.inside[i] === 1);
    drawDots(ctx, view, scale, n, at, COLORS.previewOutside, (i) => preview.inside[i] !== 1);
    return;
  }
  for (let i = 0; i < n; i++) {
    const x = view.centerXPx + (preview.xMm[i] ?? 0) * view.pxPerMm;
    const y = view.centerYPx - (preview.yMm[i] ?? 0) * view.pxPerMm;
    ctx.strokeStyle = preview.inside[i] ? COLORS.preview : COLORS.previewOutside;
    ctx.beginPath();
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
    ctx.stroke();
  }
}
